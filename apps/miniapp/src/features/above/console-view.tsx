import type { Console, ConsoleRow } from '@jiayuan/contracts'
import { percentText, quarterText, yuanText } from '@jiayuan/domain'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Card } from '../../components/card'
import { cx } from '../../components/cx'
import { pressable } from '../../components/pressable'
import { StatusTag } from '../../components/status-tag'
import { Empty } from '../../components/status'
import { go } from '../../lib/navigation'
import {
  bandText,
  bandTone,
  collectionText,
  colourText,
  colourTone,
  gradeText,
  gradeTone,
  onTimeText,
  satisfactionText,
  yesNo,
} from './console-labels'
import './console.scss'

/** What a figure drills down to: the compounds behind it, in the order that shows the weakest first. */
interface Drill {
  key: string
  label: string
  keep(r: ConsoleRow): boolean
  order?(a: ConsoleRow, b: ConsoleRow): number
}

const byRate = (rate: (r: ConsoleRow) => number | null) => (a: ConsoleRow, b: ConsoleRow) =>
  (rate(a) ?? 1e9) - (rate(b) ?? 1e9)

/**
 * A console over many compounds (DOMAIN S5): the totals, each a door to the compounds behind it, then every
 * compound as a table row on a desk screen (≥ 1024 px) or a card on a phone; a compound opens its drill-down.
 */
export function ConsoleView({ data }: { data: Console }) {
  const [drill, setDrill] = useState<Drill | null>(null)
  const t = data.totals
  const tiles: Array<{ label: string; value: string; sub: string; drill: Drill }> = [
    {
      label: '业委会组建率',
      value: percentText(t.committee.basisPoints),
      sub: `${t.committee.count}/${t.committee.of} 个小区`,
      drill: { key: 'committee', label: '未组建业委会的小区', keep: (r) => r.facts.hasCommittee !== true },
    },
    {
      label: '党支部覆盖率',
      value: percentText(t.partyBranch.basisPoints),
      sub: `${t.partyBranch.count}/${t.partyBranch.of} 个小区`,
      drill: { key: 'branch', label: '未建党支部的小区', keep: (r) => r.facts.hasPartyBranch !== true },
    },
    {
      label: '专业物业覆盖率',
      value: percentText(t.professional.basisPoints),
      sub: `${t.professional.count}/${t.professional.of} 个小区`,
      drill: { key: 'company', label: '没有物业公司记录的小区', keep: (r) => !r.facts.companyName },
    },
    {
      label: '工单准时率',
      value: percentText(t.onTimeBasisPoints, '暂无结案'),
      sub: `结案 ${t.ticketsClosed} 件，准时 ${t.ticketsOnTime} 件`,
      drill: {
        key: 'ontime',
        label: '有结案的小区，准时率从低到高',
        keep: (r) => r.counts.ticketsClosed > 0,
        order: byRate((r) => r.onTimeBasisPoints),
      },
    },
    {
      label: '满意度',
      value: t.satisfactionX100 === null ? '暂无评价' : satisfactionText(t),
      sub: `${t.ratings} 次评价`,
      drill: {
        key: 'satisfaction',
        label: '有评价的小区，满意度从低到高',
        keep: (r) => r.counts.ratings > 0,
        order: byRate((r) => r.satisfactionX100),
      },
    },
    {
      label: '物业费收缴率',
      value: percentText(t.collectionBasisPoints, '暂无账单'),
      sub: `应收 ${yuanText(t.billedFen)}，实收 ${yuanText(t.collectedFen)}`,
      drill: {
        key: 'collection',
        label: '有账单的小区，收缴率从低到高',
        keep: (r) => r.counts.billedFen > 0,
        order: byRate((r) => r.collectionBasisPoints),
      },
    },
    {
      label: '红灰黑榜',
      value: `红 ${t.bands.red} · 灰 ${t.bands.grey} · 黑 ${t.bands.black}`,
      sub: `未测评 ${t.bands.none} 个`,
      drill: {
        key: 'black',
        label: '黑榜和灰榜的小区',
        keep: (r) => r.facts.band?.band === 'black' || r.facts.band?.band === 'grey',
      },
    },
    {
      label: '整改中',
      value: `${t.openRectifications} 件`,
      sub: '未通过回头看的整改通知单',
      drill: { key: 'rect', label: '有整改通知单未结的小区', keep: (r) => (r.facts.openRectifications ?? 0) > 0 },
    },
  ]
  const shown = drill ? data.rows.filter(drill.keep).sort(drill.order ?? (() => 0)) : data.rows
  return (
    <View className="console">
      <Text className="console__quarter muted">{quarterText(data.quarter)} · 数据随事件实时累计</Text>
      <View className="console-totals">
        {tiles.map((tile) => {
          const open = () => setDrill(drill?.key === tile.drill.key ? null : tile.drill)
          return (
            <View
              key={tile.drill.key}
              className={cx(
                'console-total',
                `console-total--${tile.drill.key}`,
                drill?.key === tile.drill.key && 'console-total--on',
              )}
              ariaRole="button"
              onClick={open}
              {...pressable(open)}
            >
              <Text className="console-total__label">{tile.label}</Text>
              <Text className="console-total__value">{tile.value}</Text>
              <Text className="console-total__sub">{tile.sub}</Text>
            </View>
          )
        })}
      </View>
      <Card
        title={drill ? `${drill.label}（${shown.length}）` : `全部小区（${data.rows.length}）`}
        extra={
          drill ? (
            <View
              className="console-clear"
              ariaRole="button"
              onClick={() => setDrill(null)}
              {...pressable(() => setDrill(null))}
            >
              看全部
            </View>
          ) : undefined
        }
        className="console-list"
      >
        {shown.length === 0 ? <Empty text={drill ? '没有这样的小区。' : '还没有小区。'} /> : null}
        <View className="console-table">
          <View className="console-table__row console-table__head">
            {[
              '小区',
              '社区',
              '评定',
              '测评',
              '物业四色',
              '整改中',
              '准时率',
              '满意度',
              '收缴率',
              '业委会',
              '党支部',
            ].map((h) => (
              <View key={h} className="console-table__cell">
                {h}
              </View>
            ))}
          </View>
          {shown.map((r) => (
            <TableRow key={r.compoundId} row={r} />
          ))}
        </View>
        <View className="console-cards">
          {shown.map((r) => (
            <RowCard key={r.compoundId} row={r} />
          ))}
        </View>
      </Card>
    </View>
  )
}

const openCompound = (r: ConsoleRow) => go('streetCompound', { compoundId: r.compoundId, compoundName: r.compoundName })

function TableRow({ row: r }: { row: ConsoleRow }) {
  const f = r.facts
  return (
    <View
      className="console-table__row console-row"
      ariaRole="button"
      onClick={() => openCompound(r)}
      {...pressable(() => openCompound(r))}
    >
      <Text className="console-table__cell console-row__name">{r.compoundName}</Text>
      <Text className="console-table__cell">{r.communityName}</Text>
      <View className="console-table__cell">
        <StatusTag text={gradeText(f)} tone={gradeTone(f)} />
      </View>
      <View className="console-table__cell">
        <StatusTag text={bandText(f)} tone={bandTone(f)} />
      </View>
      <View className="console-table__cell">
        <StatusTag text={colourText(f)} tone={colourTone(f)} />
      </View>
      <Text className="console-table__cell">{f.openRectifications ?? 0}</Text>
      <Text className="console-table__cell">{onTimeText(r)}</Text>
      <Text className="console-table__cell">{satisfactionText(r)}</Text>
      <Text className="console-table__cell">{collectionText(r)}</Text>
      <Text className="console-table__cell">{yesNo(f.hasCommittee)}</Text>
      <Text className="console-table__cell">{yesNo(f.hasPartyBranch)}</Text>
    </View>
  )
}

function RowCard({ row: r }: { row: ConsoleRow }) {
  const f = r.facts
  return (
    <View
      className="console-card console-row"
      ariaRole="button"
      onClick={() => openCompound(r)}
      {...pressable(() => openCompound(r))}
    >
      <View className="console-card__head">
        <Text className="console-card__name console-row__name">{r.compoundName}</Text>
        <Text className="muted">{r.communityName} ›</Text>
      </View>
      <View className="console-card__tags">
        <StatusTag text={gradeText(f)} tone={gradeTone(f)} />
        <StatusTag text={bandText(f)} tone={bandTone(f)} />
        <StatusTag text={`物业${colourText(f)}`} tone={colourTone(f)} />
      </View>
      <Text className="console-card__line">
        准时率 {onTimeText(r)} · 满意度 {satisfactionText(r)}
      </Text>
      <Text className="console-card__line">
        收缴率 {collectionText(r)} · 整改中 {f.openRectifications ?? 0} 件
      </Text>
      <Text className="console-card__line">
        业委会：{yesNo(f.hasCommittee)} · 党支部：{yesNo(f.hasPartyBranch)} · 物业：{f.companyName ?? '无记录'}
      </Text>
    </View>
  )
}
