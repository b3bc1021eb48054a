import { useState } from 'react'
import { canCall, ledger, type Role } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { signedYuanText } from '@jiayuan/domain'
import { Card } from '../../../components/card'
import { ListRow } from '../../../components/list-row'
import { Button } from '../../../components/nut'
import { ErrorNote, Loading } from '../../../components/status'
import { useRemote } from '../../../hooks/use-remote'
import { messageOf } from '../../../lib/api-error'
import { loadUnmatchedLines, reconcileBank } from '../api'

/**
 * 未对上的银行流水 (F4): each statement line no entry matches yet, flagged to the owners; the property staff
 * reconcile again once the missing entries are recorded.
 */
export function UnmatchedLines({ compoundId, roles }: { compoundId: string; roles: readonly Role[] }) {
  const lines = useRemote(() => loadUnmatchedLines(compoundId), [compoundId])
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<string | undefined>()
  const [error, setError] = useState<string | undefined>()

  async function reconcile(): Promise<void> {
    setBusy(true)
    setError(undefined)
    try {
      const r = await reconcileBank(compoundId)
      setResult(`本次对上 ${r.matched} 行，仍有 ${r.unmatched} 行未对上。`)
      lines.reload()
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setBusy(false)
    }
  }

  const list = lines.data ?? []
  return (
    <Card title={`未对上的银行流水${lines.data ? `（${list.length} 行）` : ''}`} className="unmatched-lines">
      <Text className="muted">
        银行已入账、但账本里还找不到对应分录的流水。补记收款或支出后点「重新对账」，按金额、日期和流水号自动匹配。
      </Text>
      {lines.loading && !lines.data ? <Loading /> : null}
      {lines.error ? <ErrorNote message={lines.error} onRetry={lines.reload} /> : null}
      {lines.data && list.length === 0 ? <Text className="unmatched-none">全部流水都已对上。</Text> : null}
      <View>
        {list.map((l) => (
          <ListRow
            key={l.lineId}
            className="unmatched-line"
            title={`${l.date} · ${l.counterparty}`}
            sub={[l.memo, l.reference ? `流水号 ${l.reference}` : ''].filter(Boolean).join(' · ') || undefined}
            extra={signedYuanText(l.amountFen)}
          />
        ))}
      </View>
      {result ? <Text className="reconcile-result">{result}</Text> : null}
      {canCall(ledger.reconcileBank, roles) ? (
        <Button
          className="reconcile-bank"
          type="primary"
          size="large"
          block
          loading={busy}
          onClick={() => void reconcile()}
        >
          重新对账
        </Button>
      ) : null}
      {error ? <ErrorNote message={error} /> : null}
    </Card>
  )
}
