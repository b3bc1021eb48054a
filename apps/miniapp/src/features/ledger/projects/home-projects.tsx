import { Text, View } from '@tarojs/components'
import { dateTimeText, yuanText } from '@jiayuan/domain'
import { Card } from '../../../components/card'
import { useRemote } from '../../../hooks/use-remote'
import { useReloadOnShow } from '../../../hooks/use-reload-on-show'
import { openBook } from '../../../lib/books-pages'
import { loadProjects } from '../api'
import { ProjectProgress } from './project-list'

/**
 * On 首页 for an owner: the crowdfunded projects of their own building or entrance still taking pledges (F13),
 * each opening the project with the household's share and the pledge button. Nothing when there are none.
 */
export function HomeProjects({ compoundId }: { compoundId: string }) {
  const projects = useRemote(() => loadProjects(compoundId), [compoundId])
  useReloadOnShow(projects.reload)
  const mine = (projects.data ?? []).filter((p) => p.inScope && p.status === 'funding')
  if (mine.length === 0) return null
  return (
    <View className="home-projects">
      {mine.map((p) => (
        <View
          key={p.projectId}
          className="home-project"
          onClick={() => openBook('project', { projectId: p.projectId })}
        >
          <Card title={`众筹：${p.title}`} extra="查看我家份额 ›">
            <Text className="muted">
              {p.scopeText} · 截止 {dateTimeText(p.deadline)}
            </Text>
            <ProjectProgress part={p.pledgedFen} whole={p.targetFen} />
            <Text>
              已认缴 {yuanText(p.pledgedFen)} / {yuanText(p.targetFen)}
            </Text>
          </Card>
        </View>
      ))}
    </View>
  )
}
