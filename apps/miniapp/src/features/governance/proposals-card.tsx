import type { JointMeetingView } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { Card } from '../../components/card'
import { Button } from '../../components/nut'
import { ErrorNote } from '../../components/status'
import { useRemote } from '../../hooks/use-remote'
import { loadProposals, moderateProposal } from './api'
import { useSave } from '../../hooks/use-save'

/** Residents' proposed items waiting for the convenor: 列入议程 or 不列入 (G2, moderated). */
export function ProposalsCard({ meeting, onSaved }: { meeting: JointMeetingView; onSaved(): void }) {
  const params = { compoundId: meeting.compoundId, meetingId: meeting.meetingId }
  const remote = useRemote(() => loadProposals(params), [meeting.meetingId, meeting.revision])
  const save = useSave()
  const pending = (remote.data ?? []).filter((p) => p.status === 'pending')
  if (pending.length === 0) return null
  const answer = (proposalId: string, accept: boolean) =>
    void save
      .run(() => moderateProposal({ ...params, proposalId }, accept), accept ? '已列入议程' : '已不列入')
      .then((p) => {
        if (p) onSaved()
      })
  return (
    <Card title="居民提议" className="gov-proposals">
      {pending.map((p) => (
        <View key={p.proposalId} className="gov-proposal">
          <Text className="gov-agenda__title">{p.title}</Text>
          <Text className="muted">
            {p.byName}
            {p.detail ? `：${p.detail}` : ''}
          </Text>
          <Button
            size="small"
            type="primary"
            className="gov-proposal-accept"
            onClick={() => answer(p.proposalId, true)}
          >
            列入议程
          </Button>
          <Button size="small" onClick={() => answer(p.proposalId, false)}>
            不列入
          </Button>
        </View>
      ))}
      {save.error ? <ErrorNote message={save.error} /> : null}
    </Card>
  )
}
