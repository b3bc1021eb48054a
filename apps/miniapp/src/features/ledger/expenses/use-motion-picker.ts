import { useState } from 'react'
import type { AuthorisingMotion, ExpenseView } from '@jiayuan/contracts'
import { dateText } from '@jiayuan/domain'
import { useRemote } from '../../../hooks/use-remote'
import { messageOf } from '../../../lib/api-error'
import { confirm, toast } from '../../../lib/feedback'
import { attachMotion, loadAuthorisingMotions } from '../api'

/**
 * The committee picks the owners' vote that authorises an expense above the assembly limit (F3). The server
 * checks the sealed final result again and refuses a motion that another expense already uses.
 */
export function useMotionPicker(compoundId: string, expense: ExpenseView, onAttached: (e: ExpenseView) => void) {
  const motions = useRemote(
    () => loadAuthorisingMotions(compoundId, expense.expenseId),
    [compoundId, expense.expenseId],
  )
  const [busy, setBusy] = useState<string | undefined>()
  const [error, setError] = useState<string | undefined>()

  async function pick(m: AuthorisingMotion): Promise<void> {
    const sure = await confirm(
      '以这项表决授权这笔支出？',
      `${m.meetingTitle}：${m.motionTitle}（${dateText(m.finalAt)} 公布最终结果）。一项表决只能授权一笔支出。${
        expense.source === 'maintenance_fund' ? `金额将按面积分摊到${m.scopeText ?? '全小区'}各户。` : ''
      }`,
    )
    if (!sure) return
    setBusy(m.motionId)
    setError(undefined)
    try {
      onAttached(await attachMotion(compoundId, expense.expenseId, { meetingId: m.meetingId, motionId: m.motionId }))
      toast('已附上表决')
    } catch (err) {
      setError(messageOf(err))
      motions.reload()
    } finally {
      setBusy(undefined)
    }
  }

  return { motions, busy, error, pick: (m: AuthorisingMotion) => void pick(m) }
}
