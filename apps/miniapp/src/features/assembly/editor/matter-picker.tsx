import { MATTER_TYPES, type MatterType } from '@jiayuan/contracts'
import { ChoiceChips } from '../../../components/choice-chips'
import { thresholdFor } from '@jiayuan/domain'

/** Short names for the chips; the full legal wording shows on the motion (labels.ts matterLabel). */
const SHORT: Record<MatterType, string> = {
  1: '议事规则',
  2: '管理规约',
  3: '选举业委会',
  4: '选聘物业',
  5: '使用维修资金',
  6: '筹集维修资金',
  7: '改建重建',
  8: '共有部分用途/经营',
  9: '其他重大事项',
}

const OPTIONS = MATTER_TYPES.map((t) => ({
  value: String(t),
  label: `${t}. ${SHORT[t]}`,
  hint: thresholdFor(t).kind === 'majority' ? '过半数通过' : '四分之三以上通过',
}))

/** The matter type decides the threshold (DOMAIN §1): picked from the nine, never typed in. */
export function MatterPicker({
  value,
  onChange,
  className,
}: {
  value?: MatterType
  onChange(t: MatterType): void
  className: string
}) {
  return (
    <ChoiceChips
      chipClassName={className}
      columns={2}
      options={OPTIONS}
      value={value === undefined ? undefined : String(value)}
      onChange={(v) => onChange(Number(v) as MatterType)}
    />
  )
}
