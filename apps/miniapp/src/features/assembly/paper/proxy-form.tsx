import { useState } from 'react'
import type { Meeting, ProxyHolderMatch, SubjectMatch } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { proxyCapOf } from '@jiayuan/domain'
import { Card } from '../../../components/card'
import { Button } from '../../../components/nut'
import { ErrorNote } from '../../../components/status'
import { registerProxy } from '../api'
import { HolderPicker, holderText } from './holder-picker'
import { ScanField } from './scan-field'
import { SubjectPicker, subjectText } from './subject-picker'
import { useAction } from '../shared/use-action'
import { useScan } from './use-scan'

/** DOMAIN V6: a written authorisation, with its photo; each proxy may hold at most the compound's cap. */
export function ProxyForm({ meeting: m }: { meeting: Meeting }) {
  const [principal, setPrincipal] = useState<SubjectMatch | undefined>()
  const [holder, setHolder] = useState<ProxyHolderMatch | undefined>()
  const scan = useScan(m.compoundId)
  const action = useAction()

  async function submit(): Promise<void> {
    if (!principal) return action.fail('请先查找并选择委托人')
    if (!holder) return action.fail('请先查找并选择代理人')
    if (!scan.key) return action.fail('请先上传授权委托书的照片')
    const body = { principalId: principal.subjectId, holderUserId: holder.userId, letterKey: scan.key }
    if (
      await action.run(
        () => registerProxy({ compoundId: m.compoundId, meetingId: m.meetingId }, body),
        `已登记 ${subjectText(principal)} 的委托`,
      )
    ) {
      scan.clear()
      // The holder stays picked: one person often holds several principals' letters (up to the cap).
      setPrincipal(undefined)
    }
  }

  return (
    <Card title="登记书面委托" className="proxy-form">
      <Text className="muted">每位代理人最多代理 {proxyCapOf(m.rules)} 位业主；业主本人投票会取代代理人的票。</Text>
      {principal ? (
        <View className="picked-subject">
          <Text className="picked-subject__who">委托人：{subjectText(principal)}</Text>
          <Button className="proxy-principal-change" size="small" onClick={() => setPrincipal(undefined)}>
            重新选择
          </Button>
        </View>
      ) : (
        <SubjectPicker
          ids={{ compoundId: m.compoundId, meetingId: m.meetingId }}
          label="委托人"
          className="proxy-principal"
          onPick={setPrincipal}
        />
      )}
      {holder ? (
        <View className="picked-subject">
          <Text className="picked-subject__who">代理人：{holderText(holder)}</Text>
          <Button className="proxy-holder-change" size="small" onClick={() => setHolder(undefined)}>
            重新选择
          </Button>
        </View>
      ) : (
        <HolderPicker
          ids={{ compoundId: m.compoundId, meetingId: m.meetingId }}
          className="proxy-holder"
          onPick={setHolder}
        />
      )}
      <ScanField label="授权委托书照片" scan={scan} className="proxy-scan" />
      {action.message ? <ErrorNote message={action.message} /> : null}
      {action.done ? <Text className="muted">{action.done}</Text> : null}
      <Button
        className="proxy-submit"
        size="large"
        block
        loading={action.busy}
        disabled={scan.uploading}
        onClick={() => void submit()}
      >
        登记委托
      </Button>
    </Card>
  )
}
