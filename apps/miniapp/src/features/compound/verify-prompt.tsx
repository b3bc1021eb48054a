import { Text } from '@tarojs/components'
import { Card } from '../../components/card'
import { Button } from '../../components/nut'
import { go } from '../../lib/navigation'

/** Shown to residents who are not verified owners where a page's content is for owners. */
export function VerifyPrompt({ what, canRequest }: { what: string; canRequest: boolean }) {
  return (
    <Card title="认证业主" className="verify-prompt">
      <Text className="muted">{what}需要先认证业主身份：选择房屋、上传产权证明，业委会核对名册后通过。</Text>
      {canRequest ? (
        <Button className="verify-prompt__go" type="primary" size="large" block onClick={() => go('bindingRequest')}>
          去认证
        </Button>
      ) : null}
    </Card>
  )
}
