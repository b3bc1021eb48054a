import type { ProxyHolderMatch } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { Field } from '../../../components/field'
import { Button, Input } from '../../../components/nut'
import { ErrorNote } from '../../../components/status'
import { useHolderSearch } from './use-holder-search'
import './subject-picker.scss'

interface Props {
  ids: { compoundId: string; meetingId: string }
  /** Class prefix for the journey and for styling, e.g. `proxy-holder`. */
  className: string
  onPick(holder: ProxyHolderMatch): void
}

export const holderText = (h: ProxyHolderMatch) => `${h.maskedName}（${h.unitLabels.join('、') || '未登记房号'}）`

/** Finds a member of the compound to hold a proxy, by building/room number or name, and hands the chosen one back. */
export function HolderPicker({ ids, className, onPick }: Props) {
  const s = useHolderSearch(ids)
  return (
    <View className={`subject-picker ${className}`}>
      <Field label="代理人" hint="输入代理人的楼栋房号（如 3-1-502）或姓名；须是本小区的用户">
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
            ariaLabel="查找代理人"
            onClick={s.search}
          >
            查找
          </Button>
        </View>
      </Field>
      {s.error ? <ErrorNote message={s.error} /> : null}
      {s.found && s.found.length === 0 ? (
        <Text className="muted">没有找到，请换个房号或姓名再试；代理人须先在本小区登录小程序。</Text>
      ) : null}
      {(s.found ?? []).map((x) => (
        <View key={x.userId} className={`subject-picker__row ${className}-row`}>
          <Text className="subject-picker__who">{holderText(x)}</Text>
          <Button
            className={`${className}-pick`}
            size="small"
            ariaLabel={`选择 ${holderText(x)}`}
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
