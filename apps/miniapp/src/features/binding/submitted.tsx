import type { Binding } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { Card } from '../../components/card'
import { ListRow } from '../../components/list-row'
import { Button } from '../../components/nut'
import { StatusTag } from '../../components/status-tag'
import { go } from '../../lib/navigation'
import { RELATION, STATUS } from './labels'
import './submitted.scss'

/** What the person sees after submitting: their request, its status and what happens next. */
export function Submitted({ binding }: { binding: Binding }) {
  const status = STATUS[binding.status]
  return (
    <Card title="认证申请已提交" className="binding-submitted">
      <ListRow title="状态" extra={<StatusTag className="binding-status" tone={status.tone} text={status.text} />} />
      <ListRow title="房屋" extra={binding.unitLabel} />
      <ListRow title="产权人姓名" extra={binding.claimedName} />
      <ListRow title="身份" extra={RELATION[binding.relation]} />
      <View>
        <Text className="muted">业委会或社区核对房屋名册和证明后会给出结果，可在「我的」里查看。</Text>
      </View>
      <View className="binding-submitted__actions">
        <Button className="go-my-bindings" type="primary" size="large" block onClick={() => go('me')}>
          查看我的申请
        </Button>
        <Button className="go-home" size="large" block onClick={() => go('home')}>
          回到首页
        </Button>
      </View>
    </Card>
  )
}
