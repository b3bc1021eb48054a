import {
  DATA_METRIC_LABEL,
  ITEM_SOURCE_LABEL,
  PANEL_PARTY_LABEL,
  type RubricDraft,
  type RubricItem,
} from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { Card } from '../../components/card'

/** Where an item's score comes from, in words. */
export function sourceText(item: RubricItem): string {
  if (item.source === 'data' && item.metric) return `${ITEM_SOURCE_LABEL.data}：${DATA_METRIC_LABEL[item.metric]}`
  if (item.source === 'panel' && item.party) return `${PANEL_PARTY_LABEL[item.party]}评议`
  return ITEM_SOURCE_LABEL[item.source]
}

/** The stated formula of each data item (packages/domain assessment/scoring/data-metrics.ts). */
export const METRIC_FORMULA: Record<string, string> = {
  on_time: '按时办结件数 ÷ 办结件数 × 分值；本季度没有办结的报修按满分计',
  satisfaction: '(报修评价平均分 − 1) ÷ 4 × 分值；没有评价不得分',
  collection: '已收物业费 ÷ 应收物业费 × 分值（只用总体比例）',
  disclosure: '最近一次公开距季度末 35 天内满分，65 天内得一半，否则不得分',
  rectification: '每份逾期未整改的整改通知扣该项四分之一',
}

/** A rubric to read: areas, items with their points and source, veto items and how bands are given. */
export function RubricView({ rubric }: { rubric: RubricDraft }) {
  return (
    <View className="rubric-view">
      <Card title={rubric.title} className="rubric-summary">
        <Text className="rubric-line">满分 {rubric.total} 分。</Text>
        <Text className="rubric-line">
          {rubric.bands.redAtLeast} 分及以上列红榜，低于 {rubric.bands.blackBelow} 分列黑榜，其余列灰榜；连续{' '}
          {rubric.failingQuartersToBlack} 个季度未进红榜的列黑榜。
        </Text>
        <Text className="rubric-line">
          业主满意度调查：(业主评价平均分 − 1) ÷ 4 × 分值，只由认证业主评价，每户每季度一次。
        </Text>
      </Card>
      {rubric.areas.map((area) => (
        <Card key={area.areaId} title={area.label} className="rubric-area">
          {area.items.map((item) => (
            <View key={item.itemId} className="rubric-item">
              <View className="rubric-item__head">
                <Text className="rubric-item__label">{item.label}</Text>
                <Text className="rubric-item__points">{item.points} 分</Text>
              </View>
              <Text className="muted">{sourceText(item)}</Text>
              {item.source === 'data' && item.metric ? (
                <Text className="muted">计算：{METRIC_FORMULA[item.metric]}</Text>
              ) : null}
              {item.guide ? <Text className="muted">检查要点：{item.guide}</Text> : null}
            </View>
          ))}
        </Card>
      ))}
      {rubric.vetoes.length > 0 ? (
        <Card title="一票否决项" className="rubric-vetoes">
          {rubric.vetoes.map((v) => (
            <Text key={v.vetoId} className="rubric-line">
              {v.label}（{PANEL_PARTY_LABEL[v.party]}检查）：出现即列黑榜
            </Text>
          ))}
        </Card>
      ) : null}
    </View>
  )
}
