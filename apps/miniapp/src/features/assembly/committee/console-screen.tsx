import { useState } from 'react'
import { Card } from '../../../components/card'
import { ListRow } from '../../../components/list-row'
import { Button } from '../../../components/nut'
import { StatusTag } from '../../../components/status-tag'
import { ErrorNote, Loading } from '../../../components/status'
import { useRemote } from '../../../hooks/use-remote'
import { useReloadOnShow } from '../../../hooks/use-reload-on-show'
import { openVotePage } from '../../../lib/vote-pages'
import { loadMeeting } from '../api'
import { STATUS } from '../shared/labels'
import { MeetingEditor } from '../editor/meeting-editor'
import { useMeetings } from '../meeting/use-meetings'

/** The committee's list of meetings (drafts too) and the way to draft a new one or edit a draft. */
export function ConsoleScreen({ compoundId, editId }: { compoundId: string; editId?: string }) {
  const meetings = useMeetings(compoundId)
  useReloadOnShow(meetings.reload)
  const editing = useRemote(
    () => (editId ? loadMeeting({ compoundId, meetingId: editId }) : undefined),
    [compoundId, editId],
  )
  const [drafting, setDrafting] = useState(editId !== undefined)
  if (drafting) {
    if (editId && !editing.data) return editing.error ? <ErrorNote message={editing.error} /> : <Loading />
    return (
      <MeetingEditor
        compoundId={compoundId}
        {...(editing.data ? { existing: editing.data } : {})}
        onSaved={(m) => {
          setDrafting(false)
          meetings.reload()
          openVotePage('manage', { id: m.meetingId })
        }}
      />
    )
  }
  return (
    <>
      <Button className="new-meeting" type="primary" size="large" block onClick={() => setDrafting(true)}>
        起草新的业主大会
      </Button>
      {meetings.loading && !meetings.data ? <Loading /> : null}
      {meetings.error ? <ErrorNote message={meetings.error} onRetry={meetings.reload} /> : null}
      <Card title="全部会议" className="console-list">
        {(meetings.data ?? []).map((m) => (
          <ListRow
            key={m.meetingId}
            className="console-row"
            title={m.title}
            sub={`${m.motionCount} 项议题`}
            extra={<StatusTag text={STATUS[m.status].text} tone={STATUS[m.status].tone} />}
            onClick={() => openVotePage('manage', { id: m.meetingId })}
          />
        ))}
      </Card>
    </>
  )
}
