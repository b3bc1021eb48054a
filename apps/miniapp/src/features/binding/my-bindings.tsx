import type { Binding } from '@jiayuan/contracts'
import { dateText } from '@jiayuan/domain'
import { Card } from '../../components/card'
import { ListRow } from '../../components/list-row'
import { ErrorNote, Loading } from '../../components/status'
import { StatusTag } from '../../components/status-tag'
import type { Remote } from '../../hooks/use-remote'
import { RELATION, STATUS } from './labels'
import { PlaceLabel } from '../../components/place-label'

/** The person's own binding requests with their status, and the reason when one was sent back. */
export function MyBindings({ bindings }: { bindings: Remote<Binding[]> }) {
  const list = bindings.data ?? []
  if (!bindings.loading && !bindings.error && list.length === 0) return null
  return (
    <Card title="我的认证申请" className="my-bindings">
      {bindings.loading && !bindings.data ? <Loading /> : null}
      {bindings.error ? <ErrorNote message={bindings.error} onRetry={bindings.reload} /> : null}
      {list.map((b) => {
        const status = STATUS[b.status]
        const reason = b.status === 'rejected' && b.reason ? `；原因：${b.reason}` : ''
        return (
          <ListRow
            key={b.bindingId}
            className="my-binding"
            title={
              <>
                <PlaceLabel text={b.unitLabel} /> · {RELATION[b.relation]}
              </>
            }
            sub={`${dateText(b.createdAt)} 提交${reason}`}
            extra={<StatusTag className="binding-status" tone={status.tone} text={status.text} />}
          />
        )
      })}
    </Card>
  )
}
