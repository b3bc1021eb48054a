import { getMeetingRecord, saveMeeting } from '@jiayuan/db'
import { motionResult } from '../../../packages/domain/src/assembly/meeting/meeting-fixtures'
import { seedDemoAssembly } from '../../../scripts/seed/seed-assembly'
import { seedDemoLedger } from '../../../scripts/seed/seed-ledger'
import { startHarness, type Harness } from './harness'

/** The demo's lift meeting of 2号楼1单元, on which the crowdfund tests rest their projects (DOMAIN F13, V14). */
export const liftMeetingId = (h: Harness) => `${h.prefix}mtg-b2-lift`

/**
 * A harness with the demo's ledger and assembly, and 2号楼1单元's lift meeting (open in the demo) as it stands
 * once passed with a final result: the seed's own meeting moved on by the repository the API uses, one passed
 * type-7 motion per entry of `motions` (one motion, one project).
 */
export async function startCrowdfundHarness(motions: ReadonlyArray<{ motionId: string; title: string }>) {
  const h = await startHarness()
  await seedDemoLedger(h.deps.db, { compoundId: h.compoundId, prefix: h.prefix })
  await seedDemoAssembly(h.deps.db, { compoundId: h.compoundId, prefix: h.prefix })
  const lift = await getMeetingRecord(h.deps.db, h.compoundId, liftMeetingId(h))
  if (!lift) throw new Error('no lift meeting')
  const at = new Date().toISOString()
  await saveMeeting(
    h.deps.db,
    lift,
    {
      ...lift,
      status: 'final',
      closedAt: at,
      finalAt: at,
      results: motions.map(({ motionId, title }) => ({ ...motionResult(motionId, 7, true), title })),
    },
    { action: 'result.final_published', actorId: 'test', at, data: {} },
  )
  return h
}
