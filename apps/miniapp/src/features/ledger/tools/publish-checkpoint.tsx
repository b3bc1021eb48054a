import { useState } from 'react'
import { Button } from '../../../components/nut'
import { ErrorNote } from '../../../components/status'
import { messageOf } from '../../../lib/api-error'
import { toast } from '../../../lib/feedback'
import { publishCheckpoint } from '../api'

/** Publishes the current head as a checkpoint now (the scheduled job also does it daily), so new lines can be verified. */
export function PublishCheckpoint({ compoundId }: { compoundId: string }) {
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<string | undefined>()
  const [error, setError] = useState<string | undefined>()

  async function run(): Promise<void> {
    setBusy(true)
    setError(undefined)
    try {
      const { checkpoint, created } = await publishCheckpoint(compoundId)
      const text = checkpoint ? `${created ? '已公布' : '已是最新'}：检查点到第 ${checkpoint.seq} 笔` : '账本还是空的'
      setDone(text)
      toast(text)
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <Button className="publish-checkpoint" size="large" block loading={busy} onClick={() => void run()}>
        {done ?? '公布检查点'}
      </Button>
      {error ? <ErrorNote message={error} /> : null}
    </>
  )
}
