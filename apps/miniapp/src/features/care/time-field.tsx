import { Picker, Text, View } from '@tarojs/components'

/** A time of day on the platform's time wheel (`07:00`), never typed. */
export function TimeField({ value, label, onChange }: { value: string; label: string; onChange(v: string): void }) {
  return (
    <Picker mode="time" value={value} onChange={(e) => onChange(String(e.detail.value))}>
      <View
        className="date-field date-field--time care-time"
        ariaRole="button"
        ariaLabel={`${label}：${value}，点按选择`}
      >
        <Text>{value}</Text>
      </View>
    </Picker>
  )
}
