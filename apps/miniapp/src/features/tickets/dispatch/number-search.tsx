import { useState } from 'react'
import { TICKET_NUMBER } from '@jiayuan/contracts'
import { Field } from '../../../components/field'
import { Button, Input } from '../../../components/nut'
import { ApiError, messageOf } from '../../../lib/api-error'
import { go } from '../../../lib/navigation'
import { findByNumber } from '../api'

/** The number a resident reads out on the phone (DOMAIN T11) opens the ticket: one lookup, not a list search. */
export function NumberSearch({ compoundId }: { compoundId: string }) {
  const [number, setNumber] = useState('')
  const [error, setError] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)

  async function find(): Promise<void> {
    const typed = number.trim()
    if (!TICKET_NUMBER.test(typed)) {
      setError('编号形如 HX-20261202-007')
      return
    }
    setBusy(true)
    setError(undefined)
    try {
      const { ticket } = await findByNumber(compoundId, typed)
      go('ticketDetail', { id: ticket.ticketId })
    } catch (err) {
      setError(err instanceof ApiError && err.status === 404 ? '没有这个编号的工单' : messageOf(err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Field label="按编号查找" hint="住户报的工单编号" error={error} className="field-ticket-number">
      <Input
        className="ticket-number-input"
        value={number}
        maxLength={24}
        placeholder="如 HX-20261202-007"
        onChange={(v: string) => setNumber(v)}
      />
      <Button className="ticket-number-find" size="large" block loading={busy} onClick={() => void find()}>
        查找
      </Button>
    </Field>
  )
}
