import { SKILL_LABEL, TEAM_KIND_LABEL, canCall, neighbours, type Membership } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { ActionTile } from '../../../components/action-tile'
import { ListRow } from '../../../components/list-row'
import { Empty, ErrorNote, Loading } from '../../../components/status'
import { useRemote } from '../../../hooks/use-remote'
import { go } from '../../../lib/navigation'
import { loadAsks, loadMyVolunteer, loadRegistry, loadTeams } from '../api'
import { AskCard } from './ask-card'
import { AskForm } from './ask-form'
import { VolunteerCard } from './volunteer-card'
import '../neighbours.scss'

/** 邻里互助 (H1, H2): my volunteer card, the ask form, every ask with its next step, the skills registry. */
export function AsksScreen({ membership, focus }: { membership: Membership; focus?: string }) {
  const { compoundId, roles } = membership
  const asks = useRemote(() => loadAsks(compoundId), [compoundId])
  const me = useRemote(() => loadMyVolunteer(compoundId), [compoundId])
  const registry = useRemote(() => loadRegistry(compoundId), [compoundId])
  const teams = useRemote(() => loadTeams(compoundId), [compoundId])
  if ((asks.loading && !asks.data) || (me.loading && me.data === undefined)) return <Loading />
  if (asks.error) return <ErrorNote message={asks.error} onRetry={asks.reload} />
  const reload = () => {
    asks.reload()
    me.reload()
    registry.reload()
  }
  const organiser = canCall(neighbours.recordHours, roles)
  const list = asks.data ?? []
  return (
    <View className="nb">
      <View className="nb__links">
        <ActionTile label="我的贡献" hint="服务记录、时长和证明" onClick={() => go('contributions')} />
        <ActionTile label="钥匙管家" hint="托邻居保管备用钥匙" onClick={() => go('keys')} />
        <ActionTile label="志愿服务队" hint="党员先锋队、巡逻队、助老队" onClick={() => go('teams')} />
      </View>
      {canCall(neighbours.postAsk, roles) ? <AskForm compoundId={compoundId} onPosted={asks.reload} /> : null}
      <Text className="nb__section">邻居的求助</Text>
      {list.length === 0 ? <Empty text="还没有求助" /> : null}
      {list.map((a) => (
        <AskCard
          key={a.askId}
          ask={a}
          compoundId={compoundId}
          volunteer={Boolean(me.data)}
          organiser={organiser}
          focused={a.askId === focus}
          onChanged={reload}
        />
      ))}
      <VolunteerCard
        key={me.data ? `v-${me.data.skills.join()}-${String(me.data.listed)}` : 'none'}
        compoundId={compoundId}
        volunteer={me.data ?? null}
        onSaved={reload}
      />
      <Text className="nb__section">能人库</Text>
      {(teams.data ?? []).map((t) => (
        <ListRow
          key={t.teamId}
          className="nb-registry-team"
          title={t.name}
          sub={`${TEAM_KIND_LABEL[t.kind]} · 队长 ${t.leaderName} · ${t.members.length} 人${t.mine.member ? ' · 我在队里' : ''}`}
          onClick={() => go('teams', { id: t.teamId })}
        />
      ))}
      {(registry.data ?? []).length === 0 ? <Empty text="还没有志愿者同意展示" /> : null}
      {(registry.data ?? []).map((v) => (
        <View key={v.userId} className="nb-registry-row">
          <Text className="nb-registry-row__name">{v.name}</Text>
          <Text className="nb__meta">
            {v.skills.map((s) => SKILL_LABEL[s]).join('、')}
            {v.note ? ` · ${v.note}` : ''}
          </Text>
        </View>
      ))}
    </View>
  )
}
