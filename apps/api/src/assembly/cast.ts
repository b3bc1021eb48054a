import { createHash } from 'node:crypto'
import type { BallotChannel, VoteChoice } from '@jiayuan/contracts'
import {
  WriteRefused,
  lastVersion,
  putBallots,
  readSubjectBallots,
  type BallotItem,
  type Db,
  type MeetingRecord,
} from '@jiayuan/db'
import { assertBallotAccepted, ballotReceipt, checkBallotHistory, checkMotionsInNotice } from '@jiayuan/domain'
import { ballotViews } from './views'

export interface CastSubject {
  /** The frozen roll's subject (ownerId). */
  subjectId: string
  /** The reference it is published under. */
  ref: string
}

export interface CastInput {
  db: Db
  m: MeetingRecord
  subject: CastSubject
  channel: BallotChannel
  choices: ReadonlyArray<{ motionId: string; choice: VoteChoice }>
  idempotencyKey: string
  actorId: string
  now: Date
  proxy?: { holderUserId: string; ref: string }
  scanKey?: string
}

/** A version lost to a concurrent ballot for the same voter is retried on fresh reads; more than this is a 409. */
const ATTEMPTS = 5

function nextBallots(input: CastInput, history: readonly BallotItem[], requestKey: string): BallotItem[] {
  return input.choices.map(({ motionId, choice }) => {
    const earlier = history.filter((b) => b.motionId === motionId)
    const version = lastVersion(history, motionId) + 1
    // Never earlier than the version before it, so sealing by time keeps a voter's versions in order.
    const castAt = [input.now.toISOString(), ...earlier.map((b) => b.castAt)].sort().at(-1) ?? input.now.toISOString()
    const payload = {
      motionId,
      subjectId: input.subject.ref,
      choice,
      channel: input.channel,
      castAt,
      version,
      ...(input.proxy ? { proxyId: input.proxy.ref } : {}),
    }
    return {
      ...payload,
      receipt: ballotReceipt(input.m.meetingId, payload),
      meetingId: input.m.meetingId,
      rollSubjectId: input.subject.subjectId,
      requestKey,
      enteredBy: input.actorId,
      ...(input.scanKey ? { scanKey: input.scanKey } : {}),
      ...(input.proxy ? { proxyHolderUserId: input.proxy.holderUserId } : {}),
    }
  })
}

/**
 * Stores one ballot paper (DOMAIN V6, V7) exactly once. The meeting must be taking ballots before anything
 * else is asked, so `who` (the route's checks of the caller and the subject) runs after that gate. Each
 * motion's ballot is a new immutable version item, written only if that version is free; a retry with the same
 * idempotency key finds its own items and writes nothing; a concurrent ballot for the same voter makes one of
 * the two take the next version.
 */
export async function castBallots(
  m: MeetingRecord,
  now: Date,
  who: () => Promise<Omit<CastInput, 'm' | 'now'>>,
  /**
   * The ballots of a subject, read while the meeting was (one round fewer), or as this instance holds them (no
   * read: `held`); used if the voter is that subject.
   */
  early?: { subjectId: string; history: Promise<readonly BallotItem[]>; held?: boolean },
) {
  assertBallotAccepted(m, now)
  const input: CastInput = { ...(await who()), m, now }
  const motionIds = input.choices.map((c) => c.motionId)
  checkMotionsInNotice(m.motionIds, motionIds)
  const requestKey = createHash('sha256')
    .update(`${input.actorId}:${input.channel}:${input.subject.subjectId}:${input.idempotencyKey}`)
    .digest('hex')
  let useEarly = early?.subjectId === input.subject.subjectId
  for (let attempt = 1; ; attempt++) {
    const fromHeld = useEarly && early?.held === true
    const history =
      useEarly && early
        ? await early.history
        : await readSubjectBallots(input.db, m.compoundId, m.meetingId, input.subject.subjectId)
    useEarly = false
    const mine = history.filter((b) => b.requestKey === requestKey)
    if (mine.length > 0) return result(input, history, mine, true)
    checkBallotHistory({ channel: input.channel, motionIds }, history, m.rules)
    const ballots = nextBallots(input, history, requestKey)
    try {
      await putBallots(
        input.db,
        m.compoundId,
        ballots,
        {
          action: `ballot.${input.channel}`,
          actorId: input.actorId,
          at: input.now.toISOString(),
          subject: m.meetingId,
          data: {
            motions: ballots.map((b) => b.motionId),
            versions: ballots.map((b) => b.version),
            ...(input.scanKey ? { scanKey: input.scanKey } : {}),
          },
        },
        { history, motionIds: m.motionIds },
      )
      return result(input, [...history, ...ballots], ballots, false)
    } catch (err) {
      if (!(err instanceof WriteRefused && err.refusal === 'BallotVersionTaken')) throw err
      // The copy this instance held was behind: read afresh at once, without spending an attempt.
      if (fromHeld) {
        attempt--
        continue
      }
      if (attempt >= ATTEMPTS) throw err
      // Jittered back-off, so two requests for the same voter do not collide again on the next version.
      await new Promise((r) => setTimeout(r, Math.random() * 25 * attempt))
    }
  }
}

function result(input: CastInput, history: readonly BallotItem[], these: readonly BallotItem[], replayed: boolean) {
  const receipts = new Set(these.map((b) => b.receipt))
  return {
    meetingId: input.m.meetingId,
    subjectId: input.subject.subjectId,
    ballots: ballotViews(history).filter((b) => receipts.has(b.receipt)),
    replayed,
  }
}
