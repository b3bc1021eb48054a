import { useState } from 'react'
import { Text } from '@tarojs/components'
import { Card } from '../../../components/card'
import { Button } from '../../../components/nut'
import { messageOf } from '../../../lib/api-error'
import { compoundChain, verifyWholeChain, type ChainOutcome, type ChainSource } from './verify-chain'
import { VerifyResult } from './verify-result'
import '../shared/ledger-card.scss'

type State =
  | { kind: 'idle' }
  | { kind: 'running'; loaded: number }
  | { kind: 'done'; outcome: ChainOutcome }
  | { kind: 'error'; message: string }

/** 全链验证: every entry from the first, against every published checkpoint, on this phone. */
export function ChainVerifyCard({ compoundId, source }: { compoundId: string; source?: ChainSource }) {
  const [state, setState] = useState<State>({ kind: 'idle' })

  async function run(): Promise<void> {
    setState({ kind: 'running', loaded: 0 })
    try {
      const outcome = await verifyWholeChain(source ?? compoundChain(compoundId), (loaded) =>
        setState({ kind: 'running', loaded }),
      )
      setState({ kind: 'done', outcome })
    } catch (err) {
      setState({ kind: 'error', message: messageOf(err) })
    }
  }

  return (
    <Card title="全链验证" className="ledger-card chain-verify">
      <Text className="muted">
        下载整本账，在手机上逐笔重算哈希，核对每笔借贷平衡、每个已公布的检查点都在链上、服务器给出的余额与逐笔相加一致。
      </Text>
      <Button
        className="chain-verify-button"
        type="primary"
        size="large"
        block
        loading={state.kind === 'running'}
        onClick={() => void run()}
      >
        {state.kind === 'running' ? `已下载 ${state.loaded} 笔…` : '开始验证'}
      </Button>
      {state.kind === 'done' && state.outcome.ok ? (
        <VerifyResult
          tone="ok"
          title="验证通过"
          detail={`共 ${state.outcome.count} 笔分录，链头第 ${state.outcome.headSeq} 笔；${state.outcome.checkpoints > 0 ? `${state.outcome.checkpoints} 个已公布的检查点都在链上，` : ''}余额与逐笔重算一致。`}
        />
      ) : null}
      {state.kind === 'done' && !state.outcome.ok ? (
        <VerifyResult
          tone="bad"
          title="验证失败"
          detail={`从第 ${state.outcome.firstBadSeq} 笔起不符：${state.outcome.reason}`}
        />
      ) : null}
      {state.kind === 'error' ? <VerifyResult tone="wait" title="没有完成验证" detail={state.message} /> : null}
    </Card>
  )
}
