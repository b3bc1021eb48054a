import { useState } from 'react'
import { PANEL_PARTY_LABEL, type QuarterRow } from '@jiayuan/contracts'
import { currentQuarter, quarterText, quartersBefore } from '@jiayuan/domain'
import { Text, View } from '@tarojs/components'
import { Card } from '../../components/card'
import { ChoiceChips } from '../../components/choice-chips'
import { Button } from '../../components/nut'
import { Empty, ErrorNote, Loading } from '../../components/status'
import { StatusTag } from '../../components/status-tag'
import { useReloadOnShow } from '../../hooks/use-reload-on-show'
import { useRemote } from '../../hooks/use-remote'
import { useSave } from '../../hooks/use-save'
import { confirm } from '../../lib/feedback'
import { go } from '../../lib/navigation'
import { loadQuarter, publishResult } from './api'
import { BAND_TEXT, pointsOf } from './format'
import { PanelEditor } from './panel-editor'
import './assessment.scss'

function Row({
  row,
  streetId,
  quarter,
  onChanged,
}: {
  row: QuarterRow
  streetId: string
  quarter: string
  onChanged(): void
}) {
  const [editing, setEditing] = useState(false)
  const save = useSave()
  const ref = { streetId, quarter, compoundId: row.compoundId }
  // While an item is unscored the preview counts it as 0, so no band is shown until every item is in.
  const band = row.result && row.missing.length === 0 ? BAND_TEXT[row.result.band] : undefined
  const published = row.status === 'published'
  const canPublish = row.status === 'open' && row.missing.length === 0 && row.revision !== null
  async function publish() {
    if (row.revision === null || !row.result) return
    const sure = await confirm(
      `公布${row.compoundName}的结果？`,
      `${pointsOf(row.result.totalX100)} 分，${BAND_TEXT[row.result.band].label}。公布后不能修改，小区业委会和物业会收到通知。`,
    )
    if (!sure) return
    const revision = row.revision
    if (await save.run(() => publishResult(ref, revision), '已公布')) onChanged()
  }
  return (
    <View className="quarter-row">
      <View className="quarter-row__main">
        <Text className="quarter-row__rank">{row.rank ? `第 ${row.rank} 名` : published ? '' : '—'}</Text>
        <View className="quarter-row__name">
          <Text className="quarter-row__compound">{row.compoundName}</Text>
          <Text className="muted">{row.communityName}</Text>
        </View>
        <Text className="quarter-row__score">
          {row.result ? `${pointsOf(row.result.totalX100)} 分` : '—'}
          {row.result && !published ? (
            <Text className="muted">{row.missing.length ? '（预览，未评项暂按 0 分）' : '（预览）'}</Text>
          ) : null}
        </Text>
        <View className="quarter-row__band">
          {band ? <StatusTag className="quarter-band" text={band.label} tone={band.tone} /> : null}
        </View>
        <Text className="quarter-row__status">
          {published
            ? '已公布'
            : row.status === 'open'
              ? row.missing.length
                ? `待评：${row.missing.join('、')}`
                : '评分齐全，可公布'
              : '未指定评议小组'}
        </Text>
      </View>
      {row.result && (row.result.band !== row.result.scoreBand || row.result.vetoes.some((v) => v.failed)) ? (
        <Text className="quarter-row__reason">{row.result.bandReason}</Text>
      ) : null}
      {row.panel.length ? (
        <Text className="muted quarter-row__panel">
          评议小组：
          {row.panel
            .map((m) => `${m.name}（${PANEL_PARTY_LABEL[m.party]}${row.scoredBy.includes(m.userId) ? '，已评' : ''}）`)
            .join('、')}
        </Text>
      ) : null}
      {save.error ? <ErrorNote message={save.error} /> : null}
      <View className="quarter-row__actions">
        {!published ? (
          <Button className="open-panel" size="large" onClick={() => setEditing((e) => !e)}>
            {editing ? '收起' : '评议小组'}
          </Button>
        ) : null}
        {canPublish ? (
          <Button
            className="publish-result"
            type="primary"
            size="large"
            loading={save.busy}
            onClick={() => void publish()}
          >
            公布结果
          </Button>
        ) : null}
        {published ? (
          <Button
            className="open-result"
            size="large"
            onClick={() => go('assessmentResult', { compound: row.compoundId, quarter })}
          >
            查看结果
          </Button>
        ) : null}
      </View>
      {editing ? (
        <PanelEditor
          evaluation={ref}
          panel={row.panel}
          onSaved={() => {
            setEditing(false)
            onChanged()
          }}
        />
      ) : null}
    </View>
  )
}

/** 季度考评 for the street (S2): every compound's panel, progress, score and band, ranked once published. */
export function QuarterScreen({ streetId }: { streetId: string }) {
  const now = currentQuarter(new Date())
  const quarters = [now, ...quartersBefore(now, 3)]
  const [quarter, setQuarter] = useState(now)
  const remote = useRemote(() => loadQuarter(streetId, quarter), [streetId, quarter])
  useReloadOnShow(remote.reload)
  const rows = [...(remote.data?.rows ?? [])].sort((a, b) => (a.rank ?? 999) - (b.rank ?? 999))
  return (
    <View className="assessment-quarter">
      <Card title="季度" className="quarter-pick">
        <ChoiceChips
          options={quarters.map((q) => ({ value: q, label: quarterText(q) }))}
          value={quarter}
          onChange={setQuarter}
          columns={4}
          chipClassName="quarter-chip"
        />
        <Button className="open-rubric" size="large" block onClick={() => go('assessmentRubric', { id: streetId })}>
          考评细则
        </Button>
      </Card>
      {remote.error ? <ErrorNote message={remote.error} onRetry={remote.reload} /> : null}
      {!remote.data && !remote.error ? <Loading /> : null}
      {remote.data && !remote.data.rubricPublished ? <Empty text="请先发布考评细则，再指定评议小组。" /> : null}
      {remote.data ? (
        <Card
          title={`${quarterText(quarter)} 红灰黑榜`}
          className="quarter-table"
          extra={`已公布 ${remote.data.published} / ${rows.length}`}
        >
          <View className="quarter-row quarter-row--head">
            <View className="quarter-row__main">
              <Text className="quarter-row__rank">排名</Text>
              <Text className="quarter-row__name">小区</Text>
              <Text className="quarter-row__score">得分</Text>
              <Text className="quarter-row__band">榜单</Text>
              <Text className="quarter-row__status">进度</Text>
            </View>
          </View>
          {rows.map((row) => (
            <Row key={row.compoundId} row={row} streetId={streetId} quarter={quarter} onChanged={remote.reload} />
          ))}
        </Card>
      ) : null}
    </View>
  )
}
