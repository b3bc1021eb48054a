import { Picker, Text, View } from '@tarojs/components'
import { cx } from './cx'
import { dayLabel, joinDateTime, splitDateTime, todayDay } from './date-value'
import './date-field.scss'

interface DateProps {
  /** `2026-12-01`, or empty for nothing chosen. */
  value: string
  onChange(day: string): void
  /** What is being chosen, for screen readers (`到账日期`). */
  label: string
  className?: string
}

/** A day chosen on the platform's date wheel, shown as 2026年12月1日; never typed. */
export function DateField({ value, onChange, label, className }: DateProps) {
  const shown = dayLabel(value)
  return (
    <Picker mode="date" value={value || todayDay()} onChange={(e) => onChange(String(e.detail.value))}>
      <View
        className={cx('date-field', !shown && 'date-field--empty', className)}
        ariaRole="button"
        ariaLabel={`${label}：${shown ?? '未选'}，点按选择`}
      >
        <Text>{shown ?? '请选择日期'}</Text>
      </View>
    </Picker>
  )
}

interface DateTimeProps {
  /** `2026-12-08 09:00` in Beijing time, the form the API's wall-clock parser reads. */
  value: string
  onChange(value: string): void
  label: string
  className?: string
}

/** A day and a time of day, each on its own wheel: 2026年12月8日 · 09:00. */
export function DateTimeField({ value, onChange, label, className }: DateTimeProps) {
  const { day, time } = splitDateTime(value)
  return (
    <View className={cx('date-time-field', className)}>
      <DateField value={day} label={`${label}日期`} onChange={(d) => onChange(joinDateTime(d, time || '09:00'))} />
      <Picker
        mode="time"
        value={time || '09:00'}
        onChange={(e) => onChange(joinDateTime(day || todayDay(), String(e.detail.value)))}
      >
        <View
          className={cx('date-field', 'date-field--time', !time && 'date-field--empty')}
          ariaRole="button"
          ariaLabel={`${label}时间：${time || '未选'}，点按选择`}
        >
          <Text>{time || '时间'}</Text>
        </View>
      </Picker>
    </View>
  )
}
