import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Card } from '../../../components/card'
import { Button } from '../../../components/nut'
import { pressable } from '../../../components/pressable'
import { ErrorNote, Loading } from '../../../components/status'
import { useRemote } from '../../../hooks/use-remote'
import { callPhone } from '../../../lib/phone-call'
import { loadContact } from '../api'
import './contact-card.scss'

function CallButton({ phone, who }: { phone: string; who: string }) {
  const press = () => callPhone(phone)
  return (
    <View
      className="contact-call"
      ariaRole="button"
      ariaLabel={`拨打电话给${who}，${phone}`}
      onClick={press}
      {...pressable(press)}
    >
      拨打电话
    </View>
  )
}

function Line({ label, value }: { label: string; value: string }) {
  return (
    <View className="contact-line">
      <Text className="contact-line__label">{label}</Text>
      <Text className="contact-line__value">{value}</Text>
    </View>
  )
}

/**
 * Who to call about this ticket (DOMAIN T7). The worker holding it sees the requester at once (they are told to
 * call); staff, who open many tickets, ask with one tap, so each logged reveal is one they meant. The requester
 * sees who holds it, with a work phone. It loads again when the holder changes (a claim gives someone to call).
 */
export function ContactCard(props: {
  compoundId: string
  ticketId: string
  holder: string | undefined
  onAsk: boolean
}) {
  const { compoundId, ticketId, holder, onAsk } = props
  const [asked, setAsked] = useState(!onAsk)
  const contact = useRemote(
    () => (asked ? loadContact(compoundId, ticketId) : undefined),
    [compoundId, ticketId, holder, asked],
  )
  if (!asked) {
    return (
      <Card title="报修人" className="contact-card contact-requester">
        <Text className="muted contact-note">
          报修人的姓名、房号和电话只给处理工单的人看，每次查看都会记录，业委会可查。
        </Text>
        <Button className="contact-reveal" size="large" block onClick={() => setAsked(true)}>
          查看报修人联系方式
        </Button>
      </Card>
    )
  }
  if (contact.loading && !contact.data) return <Loading />
  if (contact.error || !contact.data)
    return <ErrorNote message={contact.error ?? '没有读到联系方式'} onRetry={contact.reload} />
  const data = contact.data
  if (data.view === 'handler') {
    const { name, unitLabel, phone } = data.requester
    return (
      <Card title="报修人" className="contact-card contact-requester">
        <Line label="姓名" value={name} />
        {unitLabel ? <Line label="房号" value={unitLabel} /> : null}
        <Line label="电话" value={phone ?? '未留电话'} />
        {phone ? (
          <CallButton phone={phone} who={name} />
        ) : (
          <Text className="contact-note contact-no-phone">
            报修人没有留电话，请在下面的留言里联系，对方会收到提醒。
          </Text>
        )}
        <Text className="muted contact-note">查看联系方式会被记录，业委会可查。请只为处理本工单联系。</Text>
      </Card>
    )
  }
  if (!data.handler) {
    return (
      <Card title="处理人" className="contact-card contact-handler">
        <Text className="muted">还没有人接单。接单后这里会显示处理人和电话。</Text>
      </Card>
    )
  }
  const { name, workPhone } = data.handler
  return (
    <Card title="处理人" className="contact-card contact-handler">
      <Line label="姓名" value={name} />
      <Line label="工作电话" value={workPhone ?? '未登记'} />
      {workPhone ? <CallButton phone={workPhone} who={name} /> : null}
    </Card>
  )
}
