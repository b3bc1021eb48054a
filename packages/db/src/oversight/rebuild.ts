import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb'
import { QUARTER_COUNTERS, type CompoundFacts, type QuarterCounts } from '@jiayuan/contracts'
import {
  currentQuarter,
  quarterOfMonth,
  quarterOfPeriod,
  shanghaiMonth,
  shiftMonth,
  sumCounts,
  ticketFigures,
  zeroCounts,
} from '@jiayuan/domain'
import type { Db } from '../client'
import { getCompound } from '../compounds'
import { listCommitteeRecords, listPartyVersions } from '../governance/parties'
import { keys } from '../keys'
import { queryAll } from '../query-all'
import { listDisclosureSections } from '../reports/disclosure'
import { listReportVersions } from '../reports/report-versions'
import { listTicketsOfMonth } from '../tickets/read-tickets'
import { transactRetryingConflicts } from '../transact'
import {
  OWN_COUNTERS,
  TOTAL_SHARDS,
  figureRefOf,
  forgetFigureRefs,
  listQuarterCounts,
  quarterCountsAdd,
  setCompoundFacts,
  shardOf,
  type FigureRef,
} from './figures'

/**
 * SETs a compound's own counters of a quarter to what its source data sums to, and moves its shard of the street's
 * totals (OV9) by the same difference in one transaction, conditioned on the row still holding what was read.
 */
async function setCounts(db: Db, ref: FigureRef, quarter: string, counts: QuarterCounts): Promise<void> {
  const key = keys.quarterCounts(ref.streetId, quarter, ref.compoundId)
  const old = (await db.doc.send(new GetCommand({ TableName: db.table, Key: key, ConsistentRead: true }))).Item ?? {}
  const names: Record<string, string> = { '#type': 'type', '#cid': 'compoundId', '#q': 'quarter' }
  const values: Record<string, unknown> = { ':type': 'quarter_counts', ':cid': ref.compoundId, ':q': quarter }
  const sets = ['#type = :type', '#cid = :cid', '#q = :q']
  const conditions: string[] = []
  const delta: Partial<QuarterCounts> = {}
  OWN_COUNTERS.forEach((k, i) => {
    names[`#s${i}`] = k
    values[`:s${i}`] = counts[k]
    sets.push(`#s${i} = :s${i}`)
    if (old[k] === undefined) conditions.push(`attribute_not_exists(#s${i})`)
    else {
      values[`:o${i}`] = old[k]
      conditions.push(`#s${i} = :o${i}`)
    }
    delta[k] = counts[k] - Number(old[k] ?? 0)
  })
  const shard = quarterCountsAdd(db, ref, quarter, delta)[1]
  await transactRetryingConflicts(db, [
    {
      Update: {
        TableName: db.table,
        Key: key,
        UpdateExpression: `SET ${sets.join(', ')}`,
        ConditionExpression: conditions.join(' AND '),
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      },
    },
    ...(shard ? [shard] : []),
  ])
}

/**
 * Sets a street's counter totals of a quarter (OV9) to the sums of its compounds' rows (OV2), shard by shard: a
 * backfill for a street whose rows were written before the totals existed. Run it while the street is quiet.
 */
export async function rebuildStreetTotals(db: Db, streetId: string, quarter: string): Promise<QuarterCounts[]> {
  const rows = await listQuarterCounts(db, streetId, quarter)
  const shards = Array.from({ length: TOTAL_SHARDS }, () => zeroCounts())
  for (const [cid, counts] of rows) {
    const into = shards[shardOf(cid)] ?? zeroCounts()
    for (const c of QUARTER_COUNTERS) into[c] += counts[c]
  }
  await Promise.all(
    shards.map((counts, i) => {
      const names: Record<string, string> = { '#type': 'type', '#q': 'quarter' }
      const values: Record<string, unknown> = { ':type': 'street_totals', ':q': quarter }
      const sets = ['#type = :type', '#q = :q']
      QUARTER_COUNTERS.forEach((k, j) => {
        names[`#c${j}`] = k
        values[`:c${j}`] = counts[k]
        sets.push(`#c${j} = :c${j}`)
      })
      return db.doc.send(
        new UpdateCommand({
          TableName: db.table,
          Key: keys.streetTotalsShard(streetId, quarter, i),
          UpdateExpression: `SET ${sets.join(', ')}`,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        }),
      )
    }),
  )
  return shards
}

export interface RebuiltFigures {
  ref: FigureRef
  facts: Partial<CompoundFacts>
  quarters: Map<string, QuarterCounts>
}

/**
 * Recomputes a compound's rows from its source data: the facts this module's owner writes (names, committee,
 * Party branch, company, last publication) and, for every quarter from the compound's first to now, the ticket
 * and bill counters, SET to what the tickets and bills sum to. Other writers' fields (grade, band, rectification
 * counts, colour) are left as they are. For a backfill and the seed: run it while the compound is quiet, since an
 * event landing during the rebuild may be counted twice or not at all.
 */
export async function rebuildCompoundFigures(db: Db, compoundId: string, now: Date): Promise<RebuiltFigures | null> {
  forgetFigureRefs()
  const ref = await figureRefOf(db, compoundId, now.getTime())
  if (!ref) return null
  const compound = await getCompound(db, compoundId)
  const quarters = new Map<string, QuarterCounts>()
  const firstMonth = shanghaiMonth(new Date(compound.createdAt))
  const lastMonth = shanghaiMonth(now)
  for (let m = firstMonth; m <= lastMonth; m = shiftMonth(m, 1)) {
    if (!quarters.has(quarterOfMonth(m))) quarters.set(quarterOfMonth(m), zeroCounts())
    for (const ticket of await listTicketsOfMonth(db, compoundId, m)) {
      const f = ticketFigures(ticket, compound.settings.slaTable)
      if (f) sumCounts(quarters, f.quarter, f.add)
    }
  }
  const bills = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk',
    ExpressionAttributeValues: { ':pk': keys.bill(compoundId, '').PK },
  })
  for (const b of bills) {
    sumCounts(quarters, quarterOfPeriod(String(b.period)), {
      billedFen: Number(b.amountFen ?? 0),
      collectedFen: Number(b.paidFen ?? 0),
    })
  }
  if (!quarters.has(currentQuarter(now))) quarters.set(currentQuarter(now), zeroCounts())
  for (const [quarter, counts] of quarters) await setCounts(db, ref, quarter, counts)

  const [parties, committee, reports, sections] = await Promise.all([
    listPartyVersions(db, compoundId),
    listCommitteeRecords(db, compoundId),
    listReportVersions(db, compoundId),
    listDisclosureSections(db, compoundId),
  ])
  const published = [
    ...reports.flatMap((r) => (r.status === 'published' && r.publishedAt ? [r.publishedAt] : [])),
    ...sections.flatMap((s) => (s.updatedAt ? [s.updatedAt] : [])),
  ].sort()
  const company = parties.company[0]?.record.name
  const facts: Partial<CompoundFacts> = {
    ...(compound.communityId ? { communityId: compound.communityId } : {}),
    compoundName: compound.name,
    communityName: compound.community,
    hasCommittee: committee.length > 0,
    hasPartyBranch: parties.branch.length > 0,
    ...(company ? { companyName: company } : {}),
    ...(published.length ? { lastDisclosureAt: published[published.length - 1] } : {}),
  }
  await setCompoundFacts(db, ref, facts, now.toISOString())
  return { ref, facts, quarters }
}
