import type { ExpenseView } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { dateText } from '@jiayuan/domain'
import { ListRow } from '../../../components/list-row'
import { ErrorNote, Loading } from '../../../components/status'
import { StatusTag } from '../../../components/status-tag'
import { useMotionPicker } from './use-motion-picker'

/**
 * 选择业主大会决议: the compound's passed type-5 and type-9 motions with a final result; one already backing
 * another expense is shown as taken and cannot be picked (F3).
 */
export function MotionPicker({
  compoundId,
  expense,
  onAttached,
}: {
  compoundId: string
  expense: ExpenseView
  onAttached: (e: ExpenseView) => void
}) {
  const p = useMotionPicker(compoundId, expense, onAttached)
  const motions = p.motions.data ?? []
  return (
    <View className="motion-picker">
      <Text className="field__label">
        {expense.assemblyVote ? '更换授权的业主大会决议' : '选择授权这笔支出的业主大会决议'}
      </Text>
      {expense.source === 'maintenance_fund' ? (
        <Text className="muted">选定后，系统按面积把金额分摊到表决范围内的各户，并核对该楼维修资金余额。</Text>
      ) : null}
      {p.motions.loading && !p.motions.data ? <Loading /> : null}
      {p.motions.error ? <ErrorNote message={p.motions.error} onRetry={p.motions.reload} /> : null}
      {p.motions.data && motions.length === 0 ? (
        <Text className="muted motion-picker__none">
          {expense.source === 'maintenance_fund'
            ? '还没有可用的决议：须是受益楼栋（单元）或全体业主的第 5 类（使用专项维修资金）表决，已通过并公布最终结果。请先在「议事」发起表决。'
            : '还没有可用的决议：须是全体业主的第 5 类（使用维修资金）或第 9 类（其他重大事项）表决，已通过并公布最终结果。请先在「议事」发起表决。'}
        </Text>
      ) : null}
      {motions.map((m) => {
        const mine = m.usedBy === expense.expenseId
        const taken = m.usedBy !== undefined && !mine
        return (
          <ListRow
            key={`${m.meetingId}-${m.motionId}`}
            className={`motion-option${taken ? ' motion-option--taken' : ''}`}
            title={m.motionTitle}
            sub={`${m.meetingTitle} · ${m.scopeText ?? '全小区'}业主 · 第 ${m.matterType} 类 · ${dateText(m.finalAt)} 最终结果：通过`}
            extra={
              mine ? (
                <StatusTag tone="ok" text="已附上" />
              ) : taken ? (
                <StatusTag tone="plain" text="已用于另一笔支出" />
              ) : (
                <StatusTag tone="wait" text={p.busy === m.motionId ? '正在附上…' : '点按选择'} />
              )
            }
            {...(taken || mine || p.busy ? {} : { onClick: () => p.pick(m) })}
          />
        )
      })}
      {p.error ? <ErrorNote message={p.error} /> : null}
    </View>
  )
}
