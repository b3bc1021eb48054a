import {
  addQuarterCounts,
  compoundFactsAdd,
  figureRefOf,
  getCompoundFacts,
  getQuarterCounts,
  listCompoundFacts,
  listQuarterCounts,
  setCompoundFacts,
  transactRetryingConflicts,
} from '@jiayuan/db'
import { startHarness, type Harness } from '../harness'

/** The street's per-compound rows (S5): each writer adds or sets only its own fields; nothing is lost to a race. */

let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(() => h.close())

it('finds the demo compound in the demo street', async () => {
  const ref = await figureRefOf(h.deps.db, h.compoundId)
  expect(ref).toEqual({ streetId: `${h.prefix}st-zhaohui`, compoundId: h.compoundId })
})

it('adds concurrent counts without losing one, and two writers of facts keep each other’s fields', async () => {
  const ref = await figureRefOf(h.deps.db, h.compoundId)
  if (!ref) throw new Error('the demo compound is in the demo street')
  await Promise.all(
    Array.from({ length: 25 }, (_, i) =>
      addQuarterCounts(h.deps.db, ref, '2026-Q4', { ticketsClosed: 1, ticketsOnTime: i % 2 }),
    ),
  )
  await setCompoundFacts(h.deps.db, ref, { hasCommittee: true }, '2026-12-01T00:00:00Z')
  await setCompoundFacts(h.deps.db, ref, { companyName: '绿城物业' }, '2026-12-01T00:00:01Z')
  await transactRetryingConflicts(h.deps.db, [compoundFactsAdd(h.deps.db, ref, { openRectifications: 2 })])
  await transactRetryingConflicts(h.deps.db, [compoundFactsAdd(h.deps.db, ref, { openRectifications: -1 })])

  expect(await getQuarterCounts(h.deps.db, ref, '2026-Q4')).toMatchObject({
    ticketsClosed: 25,
    ticketsOnTime: 12,
    ratings: 0,
  })
  expect(await getCompoundFacts(h.deps.db, ref)).toMatchObject({
    hasCommittee: true,
    companyName: '绿城物业',
    openRectifications: 1,
  })
  expect((await listCompoundFacts(h.deps.db, ref.streetId)).map((f) => f.compoundId)).toContain(h.compoundId)
  expect((await listQuarterCounts(h.deps.db, ref.streetId, '2026-Q4')).get(h.compoundId)?.ticketsClosed).toBe(25)
})
