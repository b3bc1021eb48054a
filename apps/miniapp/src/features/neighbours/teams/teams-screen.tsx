import { canCall, neighbours, type Membership, type Team } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { Empty, ErrorNote, Loading } from '../../../components/status'
import { useRemote } from '../../../hooks/use-remote'
import { loadMyVolunteer, loadRegistry, loadTeams } from '../api'
import { TeamCard } from './team-card'
import { TeamForm } from './team-form'
import '../neighbours.scss'

/** 志愿服务队 (H1): the compound's teams to join or leave; organisers record activity hours; the committee sets one up. */
export function TeamsScreen({ membership, focus }: { membership: Membership; focus?: string }) {
  const { compoundId, roles } = membership
  const teams = useRemote(() => loadTeams(compoundId), [compoundId])
  const me = useRemote(() => loadMyVolunteer(compoundId), [compoundId])
  const founder = canCall(neighbours.createTeam, roles)
  const registry = useRemote(() => (founder ? loadRegistry(compoundId) : Promise.resolve([])), [compoundId, founder])
  if (teams.loading && !teams.data) return <Loading />
  if (teams.error || !teams.data) return <ErrorNote message={teams.error ?? '加载失败'} onRetry={teams.reload} />
  const organiser = canCall(neighbours.recordTeamHours, roles)
  const list: Team[] = focus
    ? [...teams.data].sort((a, b) => Number(b.teamId === focus) - Number(a.teamId === focus))
    : teams.data
  return (
    <View className="nb">
      <Text className="nb__section">服务队</Text>
      {list.length === 0 ? <Empty text="还没有成立服务队" /> : null}
      {list.map((t) => (
        <TeamCard
          key={t.teamId}
          team={t}
          compoundId={compoundId}
          volunteer={Boolean(me.data)}
          organiser={organiser}
          focused={t.teamId === focus}
          onChanged={teams.reload}
        />
      ))}
      {founder ? <TeamForm compoundId={compoundId} people={registry.data ?? []} onSaved={teams.reload} /> : null}
    </View>
  )
}
