import { useState } from 'react'
import type { TicketAction } from '@jiayuan/contracts'
import { useRemote } from '../../../hooks/use-remote'
import { useReloadOnShow } from '../../../hooks/use-reload-on-show'
import { ApiError, messageOf } from '../../../lib/api-error'
import { toast } from '../../../lib/feedback'
import { actOn, loadDetail } from '../api'

/** Words for the conflicts a person can run into, where the API's own message is too terse. */
function conflictMessage(err: unknown): string {
  if (err instanceof ApiError && err.code === 'TicketAlreadyClaimed') return '已被他人认领，列表已刷新'
  if (err instanceof ApiError && err.status === 409) return `${err.message}（工单状态已变化，已为您刷新）`
  return messageOf(err)
}

/** One ticket with its timeline, and the steps a person takes on it; every step reloads the ticket. */
export function useTicketDetail(compoundId: string, ticketId: string) {
  const detail = useRemote(() => loadDetail(compoundId, ticketId), [compoundId, ticketId])
  useReloadOnShow(detail.reload)
  const [busy, setBusy] = useState<TicketAction['type'] | undefined>()
  const [actionError, setActionError] = useState<string | undefined>()

  /** `onFailure` lets a form put a 400's field errors under its fields as well. */
  async function act(action: TicketAction, done: string, onFailure?: (err: unknown) => void): Promise<boolean> {
    if (busy) return false
    setBusy(action.type)
    setActionError(undefined)
    try {
      await actOn(compoundId, ticketId, action)
      toast(done)
      return true
    } catch (err) {
      setActionError(conflictMessage(err))
      onFailure?.(err)
      return false
    } finally {
      setBusy(undefined)
      detail.reload()
    }
  }

  return { detail, busy, actionError, act }
}

export type TicketDetailState = ReturnType<typeof useTicketDetail>
