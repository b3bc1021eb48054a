import { Text, View } from '@tarojs/components'
import './warning-note.scss'

/** DOMAIN V8: under 从众 the ballot itself says what not voting means, before the choices. */
export function NonVotingWarning({ text }: { text: string }) {
  return (
    <View className="warning-note nonvoting-warning" ariaRole="note">
      <Text className="warning-note__title">不投票的后果（从众条款）</Text>
      <Text className="warning-note__text">{text}</Text>
    </View>
  )
}
