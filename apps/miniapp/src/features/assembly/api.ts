import {
  assembly,
  bulletins,
  compound,
  type BallotList,
  type BodyOf,
  type MeetingExport,
  type PublishedEntry,
} from '@jiayuan/contracts'
import { call } from '../../lib/api'

type Ids = { compoundId: string; meetingId: string }

export const loadMeetings = (compoundId: string) =>
  call(assembly.listMeetings, { params: { compoundId } }).then((r) => r.meetings)
export const loadMeeting = (p: Ids) => call(assembly.getMeeting, { params: p })
export const loadMyBallots = (p: Ids) => call(assembly.myBallots, { params: p })
export const loadTurnout = (p: Ids) => call(assembly.turnout, { params: p })
export const loadResult = (p: Ids) => call(assembly.getResult, { params: p })

/** Every page of a sealed list joined into one (V11): a check recounts the whole list, never a page. */
async function joinPages<H>(
  page: (query: { cursor?: string }) => Promise<{ header?: H; entries: PublishedEntry[]; nextCursor: string | null }>,
): Promise<H & { entries: PublishedEntry[] }> {
  const entries: PublishedEntry[] = []
  let header: H | undefined
  let cursor: string | null = null
  do {
    const p: Awaited<ReturnType<typeof page>> = await page(cursor === null ? {} : { cursor })
    header ??= p.header
    entries.push(...p.entries)
    cursor = p.nextCursor
  } while (cursor !== null)
  if (!header) throw new Error('选票清单不完整，请稍后重试')
  return { ...header, entries }
}

export const loadBallotList = (p: Ids): Promise<BallotList> =>
  joinPages((query) => call(assembly.ballotList, { params: p, query }))

/** The committee's audit export: the list plus the frozen roll and its reference map (V5, V11). */
export const loadMeetingExport = (p: Ids): Promise<MeetingExport> =>
  joinPages((query) => call(assembly.exportMeeting, { params: p, query }))

export const loadProxies = (p: Ids) => call(assembly.listProxies, { params: p }).then((r) => r.proxies)
/** The compound's units as they stand now (labels, no owners): the frozen roll is shown with today's room numbers. */
export const loadLiveUnits = (compoundId: string) =>
  call(compound.listUnits, { params: { compoundId }, query: {} }).then((r) => r.units)

export const castBallot = (p: Ids, body: BodyOf<typeof assembly.castBallot>) =>
  call(assembly.castBallot, { params: p, body })
export const castProxyBallot = (p: Ids, body: BodyOf<typeof assembly.castProxyBallot>) =>
  call(assembly.castProxyBallot, { params: p, body })
export const fileObjection = (p: Ids, body: BodyOf<typeof assembly.fileObjection>) =>
  call(assembly.fileObjection, { params: p, body })

export const createMeeting = (compoundId: string, body: BodyOf<typeof assembly.createMeeting>) =>
  call(assembly.createMeeting, { params: { compoundId }, body })
export const updateMeeting = (p: Ids, body: BodyOf<typeof assembly.updateMeeting>) =>
  call(assembly.updateMeeting, { params: p, body })
export const publishNotice = (p: Ids, body: BodyOf<typeof assembly.publishNotice>) =>
  call(assembly.publishNotice, { params: p, body })
export const openVoting = (p: Ids) => call(assembly.openVoting, { params: p })
export const extendWindow = (p: Ids, body: BodyOf<typeof assembly.extendWindow>) =>
  call(assembly.extendWindow, { params: p, body })
export const closeVoting = (p: Ids) => call(assembly.closeVoting, { params: p })
export const publishPreliminary = (p: Ids, body: BodyOf<typeof assembly.publishPreliminary>) =>
  call(assembly.publishPreliminary, { params: p, body })
export const publishFinal = (p: Ids, body: BodyOf<typeof assembly.publishFinal>) =>
  call(assembly.publishFinal, { params: p, body })
export const enterPaperBallot = (p: Ids, body: BodyOf<typeof assembly.enterPaperBallot>) =>
  call(assembly.enterPaperBallot, { params: p, body })
export const registerProxy = (p: Ids, body: BodyOf<typeof assembly.registerProxy>) =>
  call(assembly.registerProxy, { params: p, body })
export const recordDeliveries = (p: Ids, body: BodyOf<typeof assembly.recordDeliveries>) =>
  call(assembly.recordDeliveries, { params: p, body })
export const lookupSubjects = (p: Ids, query: { q?: string; cursor?: string }) =>
  call(assembly.lookupSubjects, { params: p, query })
export const lookupProxyHolders = (p: Ids, query: { q?: string; cursor?: string }) =>
  call(assembly.lookupProxyHolders, { params: p, query })
export const loadDeliveries = (p: Ids) => call(assembly.listDeliveries, { params: p })
export const loadObjections = (p: Ids) => call(assembly.listObjections, { params: p }).then((r) => r.objections)
export const answerObjection = (p: Ids & { objectionId: string }, body: BodyOf<typeof assembly.answerObjection>) =>
  call(assembly.answerObjection, { params: p, body })

/** The places a vote can be for (V14), from the roll: the same list the notice form offers. */
export const loadPlaces = (compoundId: string) =>
  call(bulletins.bulletinScopes, { params: { compoundId } }).then((r) => r.buildings)
/** The units of one building, to pick the affected owners of a lift from (V14). */
export const loadBuildingUnits = (compoundId: string, buildingId: string) =>
  call(compound.listUnits, { params: { compoundId }, query: { buildingId } }).then((r) => r.units)
export const setAffectedOwners = (p: Ids & { motionId: string }, body: BodyOf<typeof assembly.setAffectedOwners>) =>
  call(assembly.setAffectedOwners, { params: p, body })
