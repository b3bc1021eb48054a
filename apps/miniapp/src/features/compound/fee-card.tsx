import type { Compound } from '@jiayuan/contracts'
import { Text } from '@tarojs/components'
import { yuanText } from '@jiayuan/domain'
import { Card } from '../../components/card'
import { ListRow } from '../../components/list-row'
import { feeModelLabel, remunerationText } from './format'

/** How the compound is charged: the model (DOMAIN F1) and the rate every bill is computed from. */
export function FeeCard({ compound }: { compound: Compound }) {
  const model = compound.settings.feeModel
  const remuneration = remunerationText(model)
  return (
    <Card title='物业收费方式' className='fee-card'>
      <ListRow title='收费模式' extra={feeModelLabel(model)} />
      <ListRow title='物业费单价' extra={`${yuanText(model.ratePerSqmFen)}/㎡·月`} />
      {remuneration ? <ListRow title={remuneration} /> : null}
      {model.kind !== 'lump_sum' ? (
        <Text className='muted'>物业费和公共收益归全体业主所有，每一笔收支业主都可查看。</Text>
      ) : null}
    </Card>
  )
}
