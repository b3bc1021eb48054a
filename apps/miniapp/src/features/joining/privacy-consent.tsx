import { Text, View } from '@tarojs/components'
import { pressable } from '../../components/pressable'
import { PRIVACY_GUIDE } from './privacy-guide'
import './joining.scss'

/** The guide in full, and an explicit tick: nothing is ticked for the person (W3). */
export function PrivacyConsent({ agreed, onToggle }: { agreed: boolean; onToggle: () => void }) {
  return (
    <View className="privacy-consent">
      <Text className="privacy-consent__title">家园隐私保护指引</Text>
      {PRIVACY_GUIDE.map((p) => (
        <View key={p.title} className="privacy-consent__item">
          <Text className="privacy-consent__head">{p.title}</Text>
          <Text className="privacy-consent__text">{p.text}</Text>
        </View>
      ))}
      <View
        className={`privacy-agree${agreed ? ' privacy-agree--on' : ''}`}
        ariaRole="checkbox"
        ariaChecked={agreed}
        onClick={onToggle}
        {...pressable(onToggle)}
      >
        <Text className="privacy-agree__box">{agreed ? '☑' : '☐'}</Text>
        <Text className="privacy-agree__label">我已阅读并同意《家园隐私保护指引》</Text>
      </View>
    </View>
  )
}
