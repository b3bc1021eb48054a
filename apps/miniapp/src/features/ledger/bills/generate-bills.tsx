import { useState } from 'react'
import { Text } from '@tarojs/components'
import { monthText, yuanText } from '@jiayuan/domain'
import { Button } from '../../../components/nut'
import { ErrorNote } from '../../../components/status'
import { messageOf } from '../../../lib/api-error'
import { generateBills } from '../api'

/** 生成账单 for a month: area × rate for every delivered unit; doing it twice changes nothing (F9). */
export function GenerateBills({
  compoundId,
  period,
  onDone,
}: {
  compoundId: string
  period: string
  onDone?: () => void
}) {
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<string | undefined>()
  const [error, setError] = useState<string | undefined>()

  async function run(): Promise<void> {
    setBusy(true)
    setError(undefined)
    try {
      const r = await generateBills(compoundId, period)
      setResult(
        `新出账 ${r.created} 张，已有 ${r.existing} 张，跳过 ${r.skipped} 套（未交付或金额为零），合计 ${yuanText(r.billedFen)}`,
      )
      onDone?.()
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      {result ? (
        <Text className="generate-result">{result}</Text>
      ) : (
        <Text className="muted">{`${monthText(period)}的账单还没有生成。`}</Text>
      )}
      <Button className="generate-bills" type="primary" size="large" block loading={busy} onClick={() => void run()}>
        {`生成${monthText(period)}账单`}
      </Button>
      {error ? <ErrorNote message={error} /> : null}
    </>
  )
}
