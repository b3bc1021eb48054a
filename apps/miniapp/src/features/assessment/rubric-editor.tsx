import { useEffect, useState } from 'react'
import {
  DATA_METRIC_LABEL,
  DataMetric,
  ITEM_SOURCE_LABEL,
  ItemSource,
  PANEL_PARTY_LABEL,
  PanelParty,
  type RubricDraft,
  type RubricItem,
} from '@jiayuan/contracts'
import { DEFAULT_RUBRIC, dateTimeText } from '@jiayuan/domain'
import { Text, View } from '@tarojs/components'
import { Card } from '../../components/card'
import { ChoiceChips } from '../../components/choice-chips'
import { Field } from '../../components/field'
import { Button, Input } from '../../components/nut'
import { ErrorNote, Loading } from '../../components/status'
import { StatusTag } from '../../components/status-tag'
import { useRemote } from '../../hooks/use-remote'
import { useSave } from '../../hooks/use-save'
import { confirm } from '../../lib/feedback'
import { loadRubric, publishRubric, saveRubric } from './api'
import { RubricView } from './rubric-view'
import './assessment.scss'

const options = <T extends string>(values: readonly T[], label: Record<T, string>) =>
  values.map((value) => ({ value, label: label[value] }))

const num = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : 0)

function ItemEditor({
  item,
  onChange,
  onRemove,
}: {
  item: RubricItem
  onChange(i: RubricItem): void
  onRemove(): void
}) {
  return (
    <View className="rubric-edit-item">
      <View className="rubric-edit-item__row">
        <Input className="item-label" value={item.label} onChange={(label: string) => onChange({ ...item, label })} />
        <Input
          className="item-points"
          type="number"
          value={String(item.points)}
          onChange={(v: string) => onChange({ ...item, points: num(v) })}
        />
        <Text className="muted">分</Text>
      </View>
      <ChoiceChips
        options={options(ItemSource.options, ITEM_SOURCE_LABEL)}
        value={item.source}
        onChange={(source) =>
          onChange({
            itemId: item.itemId,
            label: item.label,
            points: item.points,
            source,
            ...(source === 'data' ? { metric: 'on_time' as const } : {}),
            ...(source === 'panel' ? { party: 'committee' as const } : {}),
          })
        }
        chipClassName="item-source"
      />
      {item.source === 'data' ? (
        <ChoiceChips
          options={options(DataMetric.options, DATA_METRIC_LABEL)}
          value={item.metric}
          onChange={(metric) => onChange({ ...item, metric })}
          columns={2}
          chipClassName="item-metric"
        />
      ) : null}
      {item.source === 'panel' ? (
        <ChoiceChips
          options={options(PanelParty.options, PANEL_PARTY_LABEL)}
          value={item.party}
          onChange={(party) => onChange({ ...item, party })}
          columns={2}
          chipClassName="item-party"
        />
      ) : null}
      <Button className="item-remove" size="small" onClick={onRemove}>
        删除此项
      </Button>
    </View>
  )
}

/**
 * 考评细则 for the street's staff (S2): areas of items with points and source, veto items, bands. The sum is shown
 * as it is typed; the server refuses a save whose points do not add up to the total (422, naming the field).
 * Published, it is read-only.
 */
export function RubricEditor({ streetId }: { streetId: string }) {
  const remote = useRemote(() => loadRubric(streetId), [streetId])
  const [draft, setDraft] = useState<RubricDraft>(DEFAULT_RUBRIC)
  const save = useSave()
  const stored = remote.data?.rubric ?? null
  useEffect(() => {
    if (stored) {
      const { title, total, areas, vetoes, bands, failingQuartersToBlack } = stored
      setDraft({ title, total, areas, vetoes, bands, failingQuartersToBlack })
    }
  }, [stored])
  if (remote.error) return <ErrorNote message={remote.error} onRetry={remote.reload} />
  if (!remote.data) return <Loading />
  if (stored?.status === 'published')
    return (
      <View className="rubric-editor">
        <Card title="考评细则已发布" className="rubric-published" extra={<StatusTag text="已发布" tone="ok" />}>
          <Text className="muted">
            {stored.publishedAt ? `${dateTimeText(stored.publishedAt)} 发布，` : ''}
            发布后不能修改；辖区小区的居民可以查看。
          </Text>
        </Card>
        <RubricView rubric={stored} />
      </View>
    )
  const sum = draft.areas.reduce((s, a) => s + a.items.reduce((t, i) => t + i.points, 0), 0)
  const setArea = (a: number, items: RubricItem[]) =>
    setDraft((d) => ({ ...d, areas: d.areas.map((area, i) => (i === a ? { ...area, items } : area)) }))
  const revision = stored?.revision ?? 0
  return (
    <View className="rubric-editor">
      <Card title="考评细则（草稿）" className="rubric-head">
        <Text className="muted rubric-state">
          {stored ? `草稿已保存（${dateTimeText(stored.updatedAt)}），可以发布` : '从默认细则开始，改好后保存草稿'}
        </Text>
        <Field label="标题">
          <Input
            className="rubric-title"
            value={draft.title}
            onChange={(title: string) => setDraft((d) => ({ ...d, title }))}
          />
        </Field>
        <Field label="满分">
          <Input
            className="rubric-total"
            type="number"
            value={String(draft.total)}
            onChange={(v: string) => setDraft((d) => ({ ...d, total: num(v) }))}
          />
        </Field>
        <Field label="红榜分数线（含）">
          <Input
            className="rubric-red"
            type="number"
            value={String(draft.bands.redAtLeast)}
            onChange={(v: string) => setDraft((d) => ({ ...d, bands: { ...d.bands, redAtLeast: num(v) } }))}
          />
        </Field>
        <Field label="黑榜分数线（低于）">
          <Input
            className="rubric-black"
            type="number"
            value={String(draft.bands.blackBelow)}
            onChange={(v: string) => setDraft((d) => ({ ...d, bands: { ...d.bands, blackBelow: num(v) } }))}
          />
        </Field>
        <View ariaRole="status">
          <Text className={sum === draft.total ? 'rubric-sum' : 'rubric-sum rubric-sum--off'}>
            各项合计 {sum} 分{sum === draft.total ? '，与满分一致' : `，与满分 ${draft.total} 分不一致，保存会被退回`}
          </Text>
        </View>
      </Card>
      {draft.areas.map((area, a) => (
        <Card key={area.areaId} title={area.label} className="rubric-edit-area">
          {area.items.map((item, i) => (
            <ItemEditor
              key={item.itemId}
              item={item}
              onChange={(next) =>
                setArea(
                  a,
                  area.items.map((x, j) => (j === i ? next : x)),
                )
              }
              onRemove={() =>
                setArea(
                  a,
                  area.items.filter((_, j) => j !== i),
                )
              }
            />
          ))}
          <Button
            className="item-add"
            size="large"
            block
            onClick={() =>
              setArea(a, [
                ...area.items,
                {
                  itemId: `item-${Date.now().toString(36)}`,
                  label: '新评议项',
                  points: 5,
                  source: 'panel',
                  party: 'third_party',
                },
              ])
            }
          >
            添加一项
          </Button>
        </Card>
      ))}
      <Card title="一票否决项" className="rubric-edit-vetoes">
        {draft.vetoes.map((v, i) => (
          <View key={v.vetoId} className="rubric-edit-item">
            <Input
              className="veto-label"
              value={v.label}
              onChange={(label: string) =>
                setDraft((d) => ({ ...d, vetoes: d.vetoes.map((x, j) => (j === i ? { ...x, label } : x)) }))
              }
            />
            <ChoiceChips
              options={options(PanelParty.options, PANEL_PARTY_LABEL)}
              value={v.party}
              onChange={(party) =>
                setDraft((d) => ({ ...d, vetoes: d.vetoes.map((x, j) => (j === i ? { ...x, party } : x)) }))
              }
              columns={2}
              chipClassName="veto-party"
            />
          </View>
        ))}
      </Card>
      {save.error ? <ErrorNote message={save.error} /> : null}
      <Button
        className="rubric-save"
        size="large"
        block
        loading={save.busy}
        onClick={() =>
          void save.run(() => saveRubric(streetId, draft, revision), '草稿已保存').then((out) => out && remote.reload())
        }
      >
        保存草稿
      </Button>
      <Button
        className="rubric-publish"
        type="primary"
        size="large"
        block
        disabled={!stored}
        onClick={() =>
          void (async () => {
            if (!stored) return
            if (!(await confirm('发布考评细则？', '发布后不能修改，辖区小区的居民可以查看。'))) return
            const out = await save.run(() => publishRubric(streetId, stored.revision), '已发布')
            if (out) remote.reload()
          })()
        }
      >
        发布
      </Button>
      {!stored ? <Text className="muted">先保存草稿，再发布。</Text> : null}
    </View>
  )
}
