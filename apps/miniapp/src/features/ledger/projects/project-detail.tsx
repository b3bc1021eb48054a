import { useState } from 'react'
import { canCall, ledger, type ProjectView, type Role, type UnitShareView } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { areaText, dateTimeText, sharesByFloor, yuanText } from '@jiayuan/domain'
import { Card } from '../../../components/card'
import { ListRow } from '../../../components/list-row'
import { Button } from '../../../components/nut'
import { ErrorNote, Loading } from '../../../components/status'
import { StatusTag } from '../../../components/status-tag'
import { useRemote } from '../../../hooks/use-remote'
import { useReloadOnShow } from '../../../hooks/use-reload-on-show'
import { messageOf } from '../../../lib/api-error'
import { confirm } from '../../../lib/feedback'
import { loadProject, pledgeProject } from '../api'
import { ContributionCard } from './contribution-card'
import { CloseProjectCard, ProjectClosure, ProjectFund } from './project-fund'
import { ProjectProgress } from './project-list'
import { PROJECT_STATUS } from './project-labels'
import './projects.scss'

const coefficientText = (weight: number) => (weight === 0 ? '不分摊' : `系数 ${weight / 100}`)

/** One of the caller's households: its share, what it pledged and paid, and the pledge button (F13). */
function MyShare({
  compoundId,
  unit,
  project,
  onPledged,
}: {
  compoundId: string
  unit: UnitShareView
  project: ProjectView
  onPledged: (p: ProjectView) => void
}) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | undefined>()
  const canPledge = project.status === 'funding' && !unit.pledgedFen && unit.shareFen > 0
  async function pledge() {
    if (busy) return
    const sure = await confirm(
      `认缴 ${yuanText(unit.shareFen)}？`,
      `${unit.unitLabel}每户只能认缴一次。截止前筹满即成立，请按物业通知缴款；未筹满则项目终止，不需缴款。`,
    )
    if (!sure) return
    setBusy(true)
    setError(undefined)
    try {
      onPledged(await pledgeProject(compoundId, project.projectId, { unitId: unit.unitId, amountFen: unit.shareFen }))
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setBusy(false)
    }
  }
  return (
    <View className="project-mine">
      <ListRow
        className="project-mine__share"
        title={`${unit.unitLabel} 应分摊 ${yuanText(unit.shareFen)}`}
        sub={`${unit.floor ? `${unit.floor} 层 · ` : ''}${areaText(unit.areaCentiSqm)} · ${project.rule.kind === 'by_floor' ? coefficientText(unit.weight) : project.ruleText}`}
      />
      {unit.pledgedFen ? (
        <ListRow
          className="project-mine__pledged"
          title={`已认缴 ${yuanText(unit.pledgedFen)}`}
          sub={unit.paidFen ? `已缴纳 ${yuanText(unit.paidFen)}` : '待物业登记收款（凭收据）'}
        />
      ) : null}
      {unit.refundFen !== undefined && (unit.paidFen ?? 0) > 0 ? (
        <ListRow
          className="project-mine__refund"
          title={`退还本户 ${yuanText(unit.refundFen)}`}
          sub="按本户已缴金额占全部已缴的比例，从项目结余中退还"
        />
      ) : null}
      {canPledge ? (
        <Button className="project-pledge" type="primary" block loading={busy} onClick={() => void pledge()}>
          认缴本户份额 {yuanText(unit.shareFen)}
        </Button>
      ) : null}
      {error ? <ErrorNote message={error} /> : null}
    </View>
  )
}

/** The share table by floor, top floor first: each unit's label (never a name, P1), share and pledge. */
function ShareTable({ project }: { project: ProjectView }) {
  const mine = new Set(project.mine.map((u) => u.unitId))
  return (
    <Card title="各户分摊（按楼层）" className="project-shares">
      <Text className="muted">
        {project.ruleText}。{project.roundingText}各户是否认缴只有本户和物业、业委会看得到，其他人只看合计。
      </Text>
      {sharesByFloor(project.shares).map((row) => (
        <View key={row.floor ?? 'none'} className="project-share-floor-group">
          <Text className="field__label">
            {row.floor ? `${row.floor} 层` : '楼层不明'}
            {project.rule.kind === 'by_floor' && row.units[0] ? ` · ${coefficientText(row.units[0].weight)}` : ''}
          </Text>
          {row.units.map((u) => (
            <View
              key={u.unitId}
              className={`project-share-floor${mine.has(u.unitId) ? ' project-share-floor--mine' : ''}`}
            >
              <Text>
                {u.unitLabel}
                {mine.has(u.unitId) ? '（我家）' : ''}
              </Text>
              <Text>
                {yuanText(u.shareFen)}
                {u.pledgedFen ? ' · 已认缴' : ''}
              </Text>
            </View>
          ))}
        </View>
      ))}
    </Card>
  )
}

/**
 * 众筹项目详情 (DOMAIN F13): target, progress and deadline; the caller's households with their computed share, a
 * pledge button and, once it ended, their refund; the vote it rests on (V14); the project's fund with every
 * payment out and its receipts (F3); the committee's close; the share table by floor.
 */
export function ProjectDetail({
  compoundId,
  projectId,
  roles,
}: {
  compoundId: string
  projectId: string
  roles: readonly Role[]
}) {
  const remote = useRemote(() => loadProject(compoundId, projectId), [compoundId, projectId])
  useReloadOnShow(remote.reload)
  const [fresh, setFresh] = useState<ProjectView | undefined>()
  const p = fresh ?? remote.data
  if (remote.error) return <ErrorNote message={remote.error} onRetry={remote.reload} />
  if (!p) return <Loading />
  const status = PROJECT_STATUS[p.status]
  return (
    <View className="project-detail">
      <Card title={p.title} extra={<StatusTag text={status.text} tone={status.tone} />}>
        <Text className="muted">
          {p.scopeText} · {p.unitCount} 户
        </Text>
        <ProjectProgress part={p.pledgedFen} whole={p.targetFen} />
        <ListRow className="project-target" title="目标金额" extra={yuanText(p.targetFen)} />
        <ListRow className="project-pledged" title={`已认缴（${p.pledgeCount} 户）`} extra={yuanText(p.pledgedFen)} />
        <ListRow className="project-paid" title="已到账" extra={yuanText(p.paidFen)} />
        <ListRow className="project-deadline" title="认缴截止" extra={dateTimeText(p.deadline)} />
        <View className="project-rules">
          <Text className="muted">
            全额或不办：截止前认缴达到目标即成立；未达到则项目终止，不需缴款。资金单独记在账本的「众筹项目」科目，不与物业费、维修资金混用。
          </Text>
        </View>
        {p.description ? (
          <View className="project-description">
            <Text>{p.description}</Text>
          </View>
        ) : null}
      </Card>
      {!canCall(ledger.pledgeProject, roles) ? null : p.mine.length > 0 ? (
        <Card title="我家应分摊" className="project-mine-card">
          {p.mine.map((u) => (
            <MyShare key={u.unitId} compoundId={compoundId} unit={u} project={p} onPledged={setFresh} />
          ))}
        </Card>
      ) : (
        <Card title="我家应分摊">
          <Text className="muted">您名下没有这个范围内的房屋，不需出资。</Text>
        </Card>
      )}
      <Card title="业主同意">
        <Text>
          {p.motion.meetingTitle} ·「{p.motion.motionTitle}」已表决通过（最终结果）
        </Text>
      </Card>
      <ProjectClosure project={p} />
      <ProjectFund project={p} roles={roles} />
      {canCall(ledger.recordContribution, roles) ? (
        <ContributionCard compoundId={compoundId} project={p} onRecorded={setFresh} />
      ) : null}
      <CloseProjectCard compoundId={compoundId} project={p} roles={roles} onClosed={setFresh} />
      <ShareTable project={p} />
    </View>
  )
}
