import { useRef, useState } from 'react'
import type { CastBallot, VoteChoice } from '@jiayuan/contracts'
import { messageOf } from '../../../lib/api-error'
import { newIdempotencyKey } from '../../../lib/ids'

type Paper = { choices: Array<{ motionId: string; choice: VoteChoice }>; idempotencyKey: string }

/**
 * One ballot paper with every motion. The idempotency key is made at the tap that sends it and kept until the
 * server answers, so a retry after a lost answer stores nothing twice; a changed choice is a new paper. `send`
 * is the owner's own endpoint or a proxy's for one principal: the paper is the same.
 */
export function useBallot(
  motionIds: readonly string[],
  send: (paper: Paper) => Promise<{ ballots: CastBallot[] }>,
  onCast: () => void,
) {
  const [choices, setChoices] = useState<Record<string, VoteChoice>>({})
  const [sending, setSending] = useState(false)
  const [error, setError] = useState<string | undefined>()
  const [receipts, setReceipts] = useState<CastBallot[] | undefined>()
  const key = useRef<string | undefined>()

  const missing = motionIds.filter((id) => !choices[id]).length

  function choose(motionId: string, choice: VoteChoice): void {
    key.current = undefined
    setError(undefined)
    setChoices((c) => ({ ...c, [motionId]: choice }))
  }

  async function submit(): Promise<void> {
    if (sending) return
    if (missing > 0) return setError(`还有 ${missing} 项议题没有选择`)
    key.current ??= newIdempotencyKey()
    setSending(true)
    setError(undefined)
    try {
      const res = await send({
        choices: motionIds.map((motionId) => ({ motionId, choice: choices[motionId] ?? 'abstain' })),
        idempotencyKey: key.current,
      })
      key.current = undefined
      setReceipts(res.ballots)
      onCast()
    } catch (err) {
      setError(`${messageOf(err)}。可以再点一次提交，不会重复计票。`)
    } finally {
      setSending(false)
    }
  }

  return {
    choices,
    choose,
    missing,
    sending,
    error,
    receipts,
    submit: () => void submit(),
    reset: () => setReceipts(undefined),
  }
}
