import { canCall, ledger, type ProjectSummary, type Role } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { dateTimeText, yuanText } from '@jiayuan/domain'
import { Card } from '../../../components/card'
import { Button } from '../../../components/nut'
import { Empty, ErrorNote, Loading } from '../../../components/status'
import { StatusTag } from '../../../components/status-tag'
import { useRemote } from '../../../hooks/use-remote'
import { useReloadOnShow } from '../../../hooks/use-reload-on-show'
import { openBook } from '../../../lib/books-pages'
import { loadProjects } from '../api'
import { PROJECT_STATUS, percentOf } from './project-labels'
import './projects.scss'

export function ProjectProgress({ part, whole }: { part: number; whole: number }) {
  const pct = percentOf(part, whole)
  return (
    <View className="project-progress" ariaRole="progressbar" ariaLabel={`已认缴 ${pct}%`}>
      <View className="project-progress__bar" style={{ width: `${pct}%` }} />
    </View>
  )
}

function ProjectCard({ p }: { p: ProjectSummary }) {
  const status = PROJECT_STATUS[p.status]
  return (
    <View className="project-card" onClick={() => openBook('project', { projectId: p.projectId })}>
      <Card title={p.title} extra={<StatusTag text={status.text} tone={status.tone} />}>
        <Text className="muted">
          {p.scopeText} · {p.unitCount} 户{p.inScope ? ' · 您家在范围内' : ''}
        </Text>
        <ProjectProgress part={p.pledgedFen} whole={p.targetFen} />
        <Text>
          已认缴 {yuanText(p.pledgedFen)} / 目标 {yuanText(p.targetFen)}（{p.pledgeCount} 户）
        </Text>
        <Text className="muted">认缴截止 {dateTimeText(p.deadline)}</Text>
      </Card>
    </View>
  )
}

/**
 * 众筹项目 (DOMAIN F13): the compound's crowdfunded improvements with their progress; the committee (or property
 * staff) start one from a passed vote of the building or entrance.
 */
export function ProjectList({ compoundId, roles }: { compoundId: string; roles: readonly Role[] }) {
  const projects = useRemote(() => loadProjects(compoundId), [compoundId])
  useReloadOnShow(projects.reload)
  const canCreate = canCall(ledger.createProject, roles)
  return (
    <View className="project-list">
      {canCreate ? (
        <Button className="project-new" type="primary" block onClick={() => openBook('projectNew')}>
          发起众筹项目
        </Button>
      ) : null}
      {projects.loading && !projects.data ? <Loading /> : null}
      {projects.error ? <ErrorNote message={projects.error} onRetry={projects.reload} /> : null}
      {projects.data?.length === 0 ? (
        <Empty text="还没有众筹项目。加装电梯、充电车棚等改造，经本楼（单元）业主表决通过后，由业委会在这里发起。" />
      ) : null}
      {(projects.data ?? []).map((p) => (
        <ProjectCard key={p.projectId} p={p} />
      ))}
    </View>
  )
}
