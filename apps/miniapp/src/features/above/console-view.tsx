import type { Console, ConsoleDrill, ConsoleRow } from '@jiayuan/contracts'
import { percentText, quarterText, yuanText } from '@jiayuan/domain'
import { Text, View } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'
import { Card } from '../../components/card'
import { cx } from '../../components/cx'
import { pressable } from '../../components/pressable'
import { StatusTag } from '../../components/status-tag'
import { Button } from '../../components/nut'
import { Empty, ErrorNote, Loading } from '../../components/status'
import { messageOf } from '../../lib/api-error'
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
import type { ConsolePageAsk } from './street-api'
import './console.scss'

/** A total and the compounds behind it (drilled on the server, the weakest first for a rate). */
interface Tile {
  label: string
  value: string
  sub: string
  drill: ConsoleDrill
  /** The list's title when the total is opened. */
  title: string
}

/** The list under the totals: the first page as it came, or a drill's pages as they are asked for. */
interface List {
  drill?: ConsoleDrill
  rows: ConsoleRow[]
  matching: number
  next: string | null
}

const listOf = (c: Console): List => ({ rows: c.rows, matching: c.matching, next: c.next })

/**
 * A console over many compounds (DOMAIN S5): the totals of the whole scope, each a door to the compounds behind
 * it, then one page of compounds as table rows on a desk screen (≥ 1024 px) or cards on a phone, with 加载更多
 * for the next page; a compound opens its drill-down. `load` asks for a drill's page or the next page.
 */
export function ConsoleView({ data, load }: { data: Console; load(ask: ConsolePageAsk): Promise<Console> }) {
  const [list, setList] = useState<List>(() => listOf(data))
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const asked = useRef(0)
  useEffect(() => {
    asked.current++
    setList(listOf(data))
    setBusy(false)
    setError(undefined)
  }, [data])

  /** Asks for a page: a drill's first (replacing the list) or the next after `cursor` (appended). */
  const fetchPage = (drill: ConsoleDrill | undefined, cursor?: string) => {
    const run = ++asked.current
    setBusy(true)
    setError(undefined)
    if (!cursor) setList({ ...(drill ? { drill } : {}), rows: [], matching: 0, next: null })
    load({ ...(drill ? { drill } : {}), ...(cursor ? { cursor } : {}) }).then(
      (page) => {
        if (run !== asked.current) return
        setList((l) => ({
          ...(drill ? { drill } : {}),
          rows: cursor ? [...l.rows, ...page.rows] : page.rows,
          matching: page.matching,
          next: page.next,
        }))
        setBusy(false)
      },
      (err: unknown) => {
        if (run !== asked.current) return
        setError(messageOf(err))
        setBusy(false)
      },
    )
  }
  const showAll = () => {
    asked.current++
    setList(listOf(data))
    setBusy(false)
    setError(undefined)
  }

  const t = data.totals
  const tiles: Tile[] = [
    {
      label: '业委会组建率',
      value: percentText(t.committee.basisPoints),
      sub: `${t.committee.count}/${t.committee.of} 个小区`,
      drill: 'committee',
      title: '未组建业委会的小区',
    },
    {
      label: '党支部覆盖率',
      value: percentText(t.partyBranch.basisPoints),
      sub: `${t.partyBranch.count}/${t.partyBranch.of} 个小区`,
      drill: 'branch',
      title: '未建党支部的小区',
    },
    {
      label: '专业物业覆盖率',
      value: percentText(t.professional.basisPoints),
      sub: `${t.professional.count}/${t.professional.of} 个小区`,
      drill: 'company',
      title: '没有物业公司记录的小区',
    },
    {
      label: '工单准时率',
      value: percentText(t.onTimeBasisPoints, '暂无结案'),
      sub: `结案 ${t.ticketsClosed} 件，准时 ${t.ticketsOnTime} 件`,
      drill: 'ontime',
      title: '有结案的小区，准时率从低到高',
    },
    {
      label: '满意度',
      value: t.satisfactionX100 === null ? '暂无评价' : satisfactionText(t),
      sub: `${t.ratings} 次评价`,
      drill: 'satisfaction',
      title: '有评价的小区，满意度从低到高',
    },
    {
      label: '物业费收缴率',
      value: percentText(t.collectionBasisPoints, '暂无账单'),
      sub: `应收 ${yuanText(t.billedFen)}，实收 ${yuanText(t.collectedFen)}`,
      drill: 'collection',
      title: '有账单的小区，收缴率从低到高',
    },
    {
      label: '红灰黑榜',
      value: `红 ${t.bands.red} · 灰 ${t.bands.grey} · 黑 ${t.bands.black}`,
      sub: `未测评 ${t.bands.none} 个`,
      drill: 'bands',
      title: '黑榜和灰榜的小区',
    },
    {
      label: '整改中',
      value: `${t.openRectifications} 件`,
      sub: '未通过回头看的整改通知单',
      drill: 'rect',
      title: '有整改通知单未结的小区',
    },
  ]
  const open = tiles.find((tile) => tile.drill === list.drill)
  const shown = list.rows
  const waiting = busy && shown.length === 0
  return (
    <View className="console">
      <Text className="console__quarter muted">{quarterText(data.quarter)} · 数据随事件实时累计</Text>
      <View className="console-totals">
        {tiles.map((tile) => {
          const choose = () => (list.drill === tile.drill ? showAll() : fetchPage(tile.drill))
          return (
            <View
              key={tile.drill}
              className={cx(
                'console-total',
                `console-total--${tile.drill}`,
                list.drill === tile.drill && 'console-total--on',
              )}
              ariaRole="button"
              onClick={choose}
              {...pressable(choose)}
            >
              <Text className="console-total__label">{tile.label}</Text>
              <Text className="console-total__value">{tile.value}</Text>
              <Text className="console-total__sub">{tile.sub}</Text>
            </View>
          )
        })}
      </View>
      <Card
        title={open ? `${open.title}（${waiting ? '…' : list.matching}）` : `全部小区（${list.matching}）`}
        extra={
          open ? (
            <View className="console-clear" ariaRole="button" onClick={showAll} {...pressable(showAll)}>
              看全部
            </View>
          ) : undefined
        }
        className="console-list"
      >
        {waiting ? <Loading /> : null}
        {!busy && !error && shown.length === 0 ? <Empty text={open ? '没有这样的小区。' : '还没有小区。'} /> : null}
        {shown.length > 0 ? (
          <>
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
            <Text className="console-shown muted">
              已显示 {shown.length} / {list.matching} 个小区
            </Text>
          </>
        ) : null}
        {error ? (
          <ErrorNote
            message={error}
            onRetry={() => fetchPage(list.drill, shown.length > 0 ? (list.next ?? undefined) : undefined)}
          />
        ) : null}
        {list.next && shown.length > 0 && !error ? (
          <Button
            className="console-more"
            size="large"
            block
            loading={busy}
            disabled={busy}
            onClick={() => list.next && fetchPage(list.drill, list.next)}
          >
            {busy ? '正在加载…' : '加载更多'}
          </Button>
        ) : null}
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
