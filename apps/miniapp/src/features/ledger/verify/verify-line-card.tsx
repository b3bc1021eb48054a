import type { LedgerLine } from '@jiayuan/contracts'
import { Text } from '@tarojs/components'
import { Card } from '../../../components/card'
import { Button } from '../../../components/nut'
import { useVerifyLine } from './use-verify-line'
import { VerifyResult } from './verify-result'
import '../shared/ledger-card.scss'

/** 验证: the phone recomputes the hashes from this entry to the published checkpoint. */
export function VerifyLineCard({ compoundId, line }: { compoundId: string; line: LedgerLine }) {
  const { state, run } = useVerifyLine(compoundId, line)
  return (
    <Card title="验证这笔账" className="ledger-card verify-line">
      <Text className="muted">
        手机会自己重算这笔分录及其后各笔的哈希，核对它是否在已公布的账本里、公布后有没有被改过。
      </Text>
      <Button
        className="verify-line-button"
        type="primary"
        size="large"
        block
        loading={state.kind === 'running'}
        onClick={run}
      >
        验证
      </Button>
      {state.kind === 'done' && state.outcome.ok ? (
        <VerifyResult tone="ok" title="验证通过" detail={state.outcome.detail} />
      ) : null}
      {state.kind === 'done' && !state.outcome.ok ? (
        <VerifyResult tone="bad" title="验证失败" detail={state.outcome.reason} />
      ) : null}
      {state.kind === 'waiting' ? <VerifyResult tone="wait" title="暂时无法验证" detail={state.message} /> : null}
      {state.kind === 'error' ? <VerifyResult tone="wait" title="没有完成验证" detail={state.message} /> : null}
    </Card>
  )
}
