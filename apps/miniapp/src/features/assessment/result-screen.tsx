import type { AssessmentEvidence, CompoundResult, ItemResult } from '@jiayuan/contracts'
import { ITEM_SOURCE_LABEL, PANEL_PARTY_LABEL } from '@jiayuan/contracts'
import { dateTimeText, quarterText } from '@jiayuan/domain'
import { Image, Text, View } from '@tarojs/components'
import { Card } from '../../components/card'
import { Button } from '../../components/nut'
import { Empty, ErrorNote, Loading } from '../../components/status'
import { StatusTag } from '../../components/status-tag'
import { useRemote } from '../../hooks/use-remote'
import { previewImage } from '../../lib/media-preview'
import { go } from '../../lib/navigation'
import { loadResult } from './api'
import { BAND_TEXT, pointsOf } from './format'
import './assessment.scss'

function Evidence({ evidence, urls }: { evidence: AssessmentEvidence; urls: Record<string, string> }) {
  if (evidence.kind === 'upload') {
    const url = evidence.key ? urls[evidence.key] : undefined
    return url ? (
      <Image
        className="evidence-photo"
        src={url}
        mode="aspectFill"
        ariaLabel="扣分依据照片，点开看大图"
        nativeProps={{ alt: '扣分依据照片' }}
        onClick={() => previewImage(url)}
      />
    ) : (
      <Text className="muted">依据照片已不可查看</Text>
    )
  }
  if (evidence.kind === 'ticket')
    return (
      <Button
        className="evidence-ticket"
        size="small"
        onClick={() => go('ticketDetail', { id: evidence.ticketId ?? '' })}
      >
        查看报修单
      </Button>
    )
  return (
    <Button
      className="evidence-bulletin"
      size="small"
      onClick={() => go('bulletinDetail', { id: evidence.bulletinId ?? '' })}
    >
      查看公告
    </Button>
  )
}

function ItemRow({ item, urls }: { item: ItemResult; urls: Record<string, string> }) {
  return (
    <View className="result-item">
      <View className="result-item__head">
        <Text className="result-item__label">{item.label}</Text>
        <Text className="result-item__score">
          {pointsOf(item.scoreX100)} / {pointsOf(item.pointsX100)} 分
        </Text>
      </View>
      <Text className="muted">
        {ITEM_SOURCE_LABEL[item.source]}：{item.basis}
      </Text>
      {item.deductions.map((d, i) => (
        <View key={i} className="result-deduction">
          <Text className="result-deduction__text">
            {d.party
              ? `扣 ${pointsOf(d.deductX100)} 分（${PANEL_PARTY_LABEL[d.party]}）：${d.reason}`
              : `少得 ${pointsOf(d.deductX100)} 分，按上面的数字和考评细则的算法`}
          </Text>
          {d.evidence ? <Evidence evidence={d.evidence} urls={urls} /> : null}
        </View>
      ))}
    </View>
  )
}

/** A compound's published result (S2): score, band and why, rank in the street, every deduction with its evidence. */
export function ResultView({ data }: { data: CompoundResult }) {
  const { result } = data
  const band = BAND_TEXT[result.band]
  const areas = [...new Set(result.items.map((i) => i.areaId))]
  return (
    <View className="assessment-result">
      <Card
        title={`${quarterText(data.quarter)}物业服务考评`}
        className="result-summary"
        extra={<StatusTag className="result-band" text={band.label} tone={band.tone} />}
      >
        <Text className="result-score">
          {pointsOf(result.totalX100)} 分<Text className="muted">（满分 {pointsOf(result.maxX100)}）</Text>
        </Text>
        <Text className="result-rank">
          {data.streetName}排名：第 {data.rank} 名（共 {data.ranked} 个小区）
        </Text>
        <Text className="result-reason">
          {band.label}：{result.bandReason}
        </Text>
        <Text className="muted">
          {data.compoundName} · 街道于 {dateTimeText(data.publishedAt)} 公布 · 按《{data.rubricTitle}》
        </Text>
        <Button className="open-criteria" size="large" block onClick={() => go('assessmentCriteria')}>
          查看考评细则
        </Button>
      </Card>
      {result.vetoes.some((v) => v.failed) ? (
        <Card title="一票否决" className="result-vetoes">
          {result.vetoes
            .filter((v) => v.failed)
            .map((v) => (
              <View key={v.vetoId} className="result-deduction">
                <Text className="result-deduction__text">
                  {v.label}
                  {v.party ? `（${PANEL_PARTY_LABEL[v.party]}）` : ''}：{v.reason ?? ''}
                </Text>
                {v.evidence ? <Evidence evidence={v.evidence} urls={data.evidenceUrls} /> : null}
              </View>
            ))}
        </Card>
      ) : null}
      {areas.map((areaId) => {
        const items = result.items.filter((i) => i.areaId === areaId)
        const got = items.reduce((s, i) => s + i.scoreX100, 0)
        const max = items.reduce((s, i) => s + i.pointsX100, 0)
        return (
          <Card
            key={areaId}
            title={items[0]?.areaLabel ?? ''}
            className="result-area"
            extra={`${pointsOf(got)} / ${pointsOf(max)} 分`}
          >
            {items.map((item) => (
              <ItemRow key={item.itemId} item={item} urls={data.evidenceUrls} />
            ))}
          </Card>
        )
      })}
      <Card title="业主满意度调查" className="result-survey">
        <Text className="muted">
          {data.survey.ratings > 0 && data.survey.scoreX100 !== null
            ? `${data.survey.ratings} 户认证业主评价，平均 ${(data.survey.scoreX100 / 100).toFixed(2)} 分（满分 5 分）。只公布总体结果。`
            : '该季度没有业主评价。'}
        </Text>
      </Card>
    </View>
  )
}

export function ResultScreen({ compoundId, quarter }: { compoundId: string; quarter?: string }) {
  const remote = useRemote(() => loadResult(compoundId, quarter), [compoundId, quarter])
  if (remote.error) return <ErrorNote message={remote.error} onRetry={remote.reload} />
  if (!remote.data) return <Loading />
  if (!remote.data.result)
    return (
      <View>
        <Empty text="街道还没有公布这个小区的季度考评结果。" />
        <Button className="open-criteria" size="large" block onClick={() => go('assessmentCriteria')}>
          查看考评细则
        </Button>
      </View>
    )
  return <ResultView data={remote.data.result} />
}
