import type { Motion } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { yuanText } from '@jiayuan/domain'
import { EFFECT_LABEL } from '../shared/labels'
import './affected-list.scss'

/**
 * 加装电梯 (DOMAIN V14): the owners whose light, air or access the lift affects, each with what was recorded:
 * their objection, or the compensation agreed. Units are masked except for the committee and the unit's own people.
 */
export function AffectedList({ motion }: { motion: Motion }) {
  if (motion.template !== 'lift') return null
  return (
    <View className="affected-list">
      <Text className="affected-list__head">受影响住户 {motion.affected.length} 户</Text>
      {motion.affected.length === 0 ? <Text className="muted">业委会尚未登记受影响住户。</Text> : null}
      {motion.affected.map((a, i) => (
        <View key={a.unitId ?? i} className="affected-row">
          <Text className="affected-row__unit">
            {a.unitLabel}（影响{a.effects.map((e) => EFFECT_LABEL[e]).join('、')}）
          </Text>
          <Text className={`affected-row__outcome affected-row__outcome--${a.outcome?.kind ?? 'pending'}`}>
            {a.outcome?.kind === 'compensation'
              ? `已商定补偿 ${yuanText(a.outcome.amountFen)}：${a.outcome.note}`
              : a.outcome?.kind === 'objection'
                ? `业主反对：${a.outcome.note}`
                : '正在协商，尚无结果'}
          </Text>
        </View>
      ))}
    </View>
  )
}
