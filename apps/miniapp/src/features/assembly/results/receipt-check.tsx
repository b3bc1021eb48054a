import { useState } from 'react'
import type { CastBallot } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { Card } from '../../../components/card'
import { Button } from '../../../components/nut'
import { ErrorNote } from '../../../components/status'
import { messageOf } from '../../../lib/api-error'
import { loadBallotList } from '../api'
import { VERDICT_LABEL, checkMyReceipts } from './receipt-verdict'
import './receipt-check.scss'

interface Props {
  ids: { compoundId: string; meetingId: string }
  mine: readonly CastBallot[]
  title(motionId: string): string
}

type Outcome = ReturnType<typeof checkMyReceipts> & { entries: number }

/**
 * Downloads the published ballot list and checks it on this phone with the same pure code the API and the
 * audit script run (DOMAIN V11): nothing here trusts the server's own word about the receipts.
 */
export function ReceiptCheck({ ids, mine, title }: Props) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | undefined>()
  const [outcome, setOutcome] = useState<Outcome | undefined>()

  async function run(): Promise<void> {
    setBusy(true)
    setError(undefined)
    try {
      const list = await loadBallotList(ids)
      setOutcome({ ...checkMyReceipts(list, mine), entries: list.entries.length })
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Card title="核对我的回执" className="receipt-check">
      <Text className="muted">下载公布的选票清单，在您的手机上重新计票并逐条核对回执。</Text>
      {mine.length === 0 ? <Text className="muted">您在本次表决没有选票回执。</Text> : null}
      {error ? <ErrorNote message={error} onRetry={() => void run()} /> : null}
      {outcome ? (
        <View className="receipt-check__out">
          <Text className={`receipt-check__list receipt-check__list--${outcome.listOk ? 'ok' : 'bad'}`}>
            {outcome.listOk
              ? `选票清单 ${outcome.entries} 条，哈希链完整，重新计票与公布结果一致`
              : `选票清单有问题：${outcome.problems.join('；')}`}
          </Text>
          {outcome.receipts.map((r) => (
            <View key={r.receipt} className={`receipt-verdict receipt-verdict--${r.verdict}`}>
              <Text className="receipt-verdict__word">{VERDICT_LABEL[r.verdict]}</Text>
              <Text className="receipt-verdict__what">
                {title(r.motionId)}
                {r.verdict === 'ok' ? (r.counted ? '，已计入结果' : '，已被您之后的选票取代') : ''}
              </Text>
              <Text className="receipt-verdict__code">{r.receipt.slice(0, 16)}…</Text>
            </View>
          ))}
        </View>
      ) : null}
      {mine.length > 0 ? (
        <Button className="check-receipts" type="primary" size="large" block loading={busy} onClick={() => void run()}>
          {outcome ? '重新核对' : '开始核对'}
        </Button>
      ) : null}
    </Card>
  )
}
