import type { MotionResult, TallyCounts } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { areaText } from '@jiayuan/domain'
import { THRESHOLD_TEXT, matterLabel } from '../shared/labels'
import { percent } from '../shared/numbers'
import './result-table.scss'

type Row = [string, (c: TallyCounts) => string]

const yesNo = (b: boolean) => (b ? '是' : '否')

function rows(r: MotionResult): Row[] {
  const pair = (a: number, h: number) =>
    `${areaText(a)}（${percent(a, r.totalArea)}）\n${h} 人（${percent(h, r.totalHeads)}）`
  return [
    ['参与表决', (c) => pair(c.participatingArea, c.participatingHeads)],
    ['同意', (c) => pair(c.yesArea, c.yesHeads)],
    ['反对', (c) => pair(c.noArea, c.noHeads)],
    ['弃权', (c) => pair(c.abstainArea, c.abstainHeads)],
    ['未投票', (c) => pair(c.nonVotingArea, c.nonVotingHeads)],
    ['达到三分之二（面积/人数）', (c) => `${yesNo(c.quorum.area)} / ${yesNo(c.quorum.heads)}`],
    ['同意达到通过条件（面积/人数）', (c) => `${yesNo(c.approval.area)} / ${yesNo(c.approval.heads)}`],
    ['结论', (c) => (c.passed ? '通过' : '未通过')],
  ]
}

/** Every number of one motion (DOMAIN V10); under 从众 the raw and the deemed tally side by side (V8). */
export function ResultTable({ result: r }: { result: MotionResult }) {
  const columns: Array<[string, TallyCounts]> = r.deemed
    ? [
        ['实际投票', r.raw],
        ['按从众视为', r.deemed],
      ]
    : [['实际投票', r.raw]]
  const passed = (r.deemed ?? r.raw).passed
  return (
    <View className={`result-table result-table--${r.motionId}`}>
      <View className="result-table__head">
        <Text className="result-table__title">{r.title}</Text>
        <Text className={`result-table__verdict result-table__verdict--${passed ? 'ok' : 'no'}`}>
          {passed ? '通过' : '未通过'}
        </Text>
      </View>
      <Text className="muted">
        {matterLabel(r.matterType)}；通过条件：{THRESHOLD_TEXT[r.threshold]}
      </Text>
      <Text className="muted">
        全体业主：{areaText(r.totalArea)}，{r.totalHeads} 人
      </Text>
      <View className="result-grid">
        <View className="result-grid__row result-grid__row--head">
          <Text className="result-grid__cell result-grid__cell--label">项目</Text>
          {columns.map(([name]) => (
            <Text key={name} className="result-grid__cell">
              {name}
            </Text>
          ))}
        </View>
        {rows(r).map(([label, value]) => (
          <View key={label} className="result-grid__row">
            <Text className="result-grid__cell result-grid__cell--label">{label}</Text>
            {columns.map(([name, c]) => (
              <Text key={name} className="result-grid__cell">
                {value(c)}
              </Text>
            ))}
          </View>
        ))}
      </View>
      {r.deemed ? (
        <Text className="muted">
          从众：未投票的业主视为{' '}
          {r.deemed.side
            ? r.deemed.side === 'yes'
              ? '同意'
              : r.deemed.side === 'no'
                ? '反对'
                : '弃权'
            : '（无多数，不计入）'}
          ，计入 {areaText(r.deemed.deemedArea)}、{r.deemed.deemedHeads} 人。
        </Text>
      ) : null}
    </View>
  )
}
