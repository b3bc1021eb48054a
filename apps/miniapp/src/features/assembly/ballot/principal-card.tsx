import { useState } from 'react'
import type { Meeting, ProxyPrincipal, ProxyState } from '@jiayuan/contracts'
import { areaText, dateTimeText } from '@jiayuan/domain'
import { Text } from '@tarojs/components'
import { Card } from '../../../components/card'
import { Button } from '../../../components/nut'
import { StatusTag, type Tone } from '../../../components/status-tag'
import { BallotForm } from './ballot-form'
import { ReceiptList } from './receipt-list'
import './proxy-ballots.scss'

export const PROXY_STATE: Record<ProxyState, { text: string; tone: Tone }> = {
  not_cast: { text: '未投', tone: 'wait' },
  cast: { text: '已代投', tone: 'ok' },
  overridden: { text: '本人已投，代投不计', tone: 'plain' },
}

interface Props {
  meeting: Meeting
  principal: ProxyPrincipal
  onCast(): void
}

/**
 * One owner whose signed letter the caller holds (DOMAIN V15): who they are, the letter, and their ballot to
 * cast, the receipts once cast, or word that they voted themselves and the proxy's ballot does not count (V6).
 */
export function PrincipalCard({ meeting: m, principal: p, onCast }: Props) {
  const [changing, setChanging] = useState(false)
  const state = PROXY_STATE[p.state]
  const who = `${p.name}（${p.unitLabels.join('、') || '未登记房号'}）`
  const form = (
    <BallotForm
      meeting={m}
      changing={p.ballots.length > 0}
      proxy={{ principalId: p.principalId, name: p.name }}
      className={`proxy-ballot proxy-ballot--${p.principalId}`}
      onCast={() => (setChanging(false), onCast())}
    />
  )
  return (
    <>
      <Card
        title={who}
        extra={<StatusTag text={state.text} tone={state.tone} className="proxy-state" />}
        className={`proxy-principal proxy-principal--${p.principalId}`}
      >
        <Text className="muted">
          专有面积 {areaText(p.area)} · 授权委托书 {dateTimeText(p.letterRegisteredAt)} 由业委会登记
        </Text>
        {p.state === 'overridden' ? (
          <Text className="proxy-overridden">
            {p.ballots.length > 0 ? '已由本人投票，您代投的票不计。' : '业主本人已经投票，无须代投。'}
          </Text>
        ) : null}
        {p.ballots.length > 0 ? (
          <ReceiptList
            meeting={m}
            ballots={p.ballots}
            replacedText={p.state === 'overridden' ? '业主本人已投票，此票不计' : '已被新的代投选票取代'}
          />
        ) : null}
        {p.state === 'cast' && m.rules?.allowVoteChange && !changing ? (
          <Button className="proxy-change" size="large" block onClick={() => setChanging(true)}>
            修改代投的票
          </Button>
        ) : null}
      </Card>
      {p.state === 'not_cast' || (p.state === 'cast' && changing) ? form : null}
    </>
  )
}
