import type { SubjectMatch } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { areaText } from '@jiayuan/domain'
import { Field } from '../../../components/field'
import { Button, Input } from '../../../components/nut'
import { ErrorNote } from '../../../components/status'
import { useSubjectSearch } from './use-subject-search'
import './subject-picker.scss'

interface Props {
  ids: { compoundId: string; meetingId: string }
  label: string
  /** Class prefix for the journey and for styling, e.g. `paper-subject`. */
  className: string
  onPick(subject: SubjectMatch): void
}

export const subjectText = (s: SubjectMatch) => `${s.maskedName}（${s.unitLabels.join('、') || '无房号'}）`

/** Finds an owner on the voting roll by building/room number or name and hands the chosen one back. */
export function SubjectPicker({ ids, label, className, onPick }: Props) {
  const s = useSubjectSearch(ids)
  return (
    <View className={`subject-picker ${className}`}>
      <Field label={label} hint="输入楼栋房号（如 3-1-502）或业主姓名">
        <View className="subject-picker__bar">
          <Input
            className={`${className}-query`}
            value={s.query}
            placeholder="房号或姓名"
            onChange={(v: string) => s.setQuery(v)}
            onConfirm={s.search}
          />
          <Button
            className={`${className}-search`}
            size="large"
            loading={s.busy}
            ariaLabel={`查找${label}`}
            onClick={s.search}
          >
            查找
          </Button>
        </View>
      </Field>
      {s.error ? <ErrorNote message={s.error} /> : null}
      {s.found && s.found.length === 0 ? <Text className="muted">没有找到，请换个房号或姓名再试。</Text> : null}
      {(s.found ?? []).map((x) => (
        <View key={x.subjectId} className={`subject-picker__row ${className}-row`}>
          <Text className="subject-picker__who">
            {subjectText(x)} · {x.kind === 'developer' ? '开发商' : areaText(x.area)}
          </Text>
          <Button
            className={`${className}-pick`}
            size="small"
            ariaLabel={`选择 ${subjectText(x)}`}
            onClick={() => onPick(x)}
          >
            选择
          </Button>
        </View>
      ))}
      {s.hasMore ? (
        <Button className={`${className}-more`} size="large" block loading={s.busy} onClick={s.more}>
          显示更多
        </Button>
      ) : null}
    </View>
  )
}
