import { recentMonths } from '@jiayuan/domain'
import { ChoiceChips } from '../../../components/choice-chips'
import { shortMonthLabel } from './months'

interface Props {
  value: string
  onChange(month: string): void
  /** How many months back to offer, this month first. */
  count?: number
  className?: string
}

/** The month to read, as large chips: this month and the few before it. */
export function MonthChips({ value, onChange, count = 4, className = 'month-chip' }: Props) {
  const options = recentMonths(new Date(), count).map((m) => ({ value: m, label: shortMonthLabel(m) }))
  return (
    <ChoiceChips
      chipClassName={className}
      columns={count >= 4 ? 4 : 3}
      options={options}
      value={value}
      onChange={onChange}
    />
  )
}
