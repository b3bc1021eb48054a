import { UpdateCommand } from '@aws-sdk/lib-dynamodb'
import type { CompoundFacts, QuarterCounts } from '@jiayuan/contracts'
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
import { OWN_COUNTERS, figureRefOf, forgetFigureRefs, setCompoundFacts, type FigureRef } from './figures'

function setCounts(db: Db, ref: FigureRef, quarter: string, counts: QuarterCounts) {
  const names: Record<string, string> = { '#type': 'type', '#cid': 'compoundId', '#q': 'quarter' }
  const values: Record<string, unknown> = { ':type': 'quarter_counts', ':cid': ref.compoundId, ':q': quarter }
  const sets = ['#type = :type', '#cid = :cid', '#q = :q']
  OWN_COUNTERS.forEach((k, i) => {
    names[`#s${i}`] = k
    values[`:s${i}`] = counts[k]
    sets.push(`#s${i} = :s${i}`)
  })
  return new UpdateCommand({
    TableName: db.table,
    Key: keys.quarterCounts(ref.streetId, quarter, ref.compoundId),
    UpdateExpression: `SET ${sets.join(', ')}`,
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  })
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
  for (const [quarter, counts] of quarters) await db.doc.send(setCounts(db, ref, quarter, counts))

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
