import { Text, View } from '@tarojs/components'
import { yuanText } from '@jiayuan/domain'
import { Button } from '../../../components/nut'
import { ErrorNote } from '../../../components/status'
import './pay.scss'

interface Props {
  count: number
  totalFen: number
  busy: boolean
  error?: string
  onPay(): void
}

/** Below the bills: what is chosen, its sum, and 去缴费 (F12). Money goes to the owners' own account. */
export function PayBar({ count, totalFen, busy, error, onPay }: Props) {
  return (
    <View className="pay-bar">
      <Text className="pay-bar__sum">
        {count === 0 ? '勾选未缴账单后可在线缴费' : `已选 ${count} 张，共 ${yuanText(totalFen)}`}
      </Text>
      {error ? <ErrorNote message={error} /> : null}
      <Button
        className="pay-bar__go"
        type="primary"
        size="large"
        block
        loading={busy}
        disabled={count === 0}
        onClick={onPay}
      >
        去缴费
      </Button>
      <Text className="muted pay-bar__note">微信支付直接付入业主共有资金账户，到账后自动记入公开账本。</Text>
    </View>
  )
}
