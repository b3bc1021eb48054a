import type { CastBallot, Meeting, MeetingSummary, Motion } from '@jiayuan/contracts'
import type { BallotItem, MeetingRecord, MotionRecord } from '@jiayuan/db'
import { effectiveBallots, nonVotingWarning, orderBallots, thresholdFor, toBallot } from '@jiayuan/domain'

function header(m: MeetingRecord) {
  const { refSalt: _salt, motionIds: _ids, results: _results, deliveredCount: _delivered, ...rest } = m
  const warning = m.rules ? nonVotingWarning(m.rules) : undefined
  return {
    ...rest,
    countedOn: m.rules?.governmentPlatformUrl ? ('government_platform' as const) : ('app' as const),
    ...(warning ? { nonVotingWarning: warning } : {}),
  }
}

export function motionView(m: MotionRecord, urls: ReadonlyMap<string, string> = new Map()): Motion {
  return {
    ...m,
    threshold: thresholdFor(m.matterType).kind,
    attachments: m.attachments.map((a) => ({ ...a, ...(urls.has(a.key) ? { url: urls.get(a.key) } : {}) })),
  }
}

export function meetingView(
  m: MeetingRecord,
  motions: readonly MotionRecord[],
  urls?: ReadonlyMap<string, string>,
): Meeting {
  return { ...header(m), motions: motions.map((x) => motionView(x, urls)) }
}

export function summaryView(m: MeetingRecord): MeetingSummary {
  return { ...header(m), motionCount: m.motionIds.length }
}

/**
 * A voter's stored ballots as they see them, oldest first, each marked whether it is the one that counts now:
 * the same rule the tally applies (V6), run over this voter's history alone.
 */
export function ballotViews(history: readonly BallotItem[], only?: (b: BallotItem) => boolean): CastBallot[] {
  const byReceipt = new Map(history.map((h) => [h.receipt, h]))
  const ordered = orderBallots(history)
  const current = new Set(effectiveBallots(ordered.map(toBallot)).map((b) => b.seq))
  return ordered
    .filter((s) => {
      const item = byReceipt.get(s.receipt)
      return item !== undefined && (!only || only(item))
    })
    .map((s) => ({
      motionId: s.motionId,
      choice: s.choice,
      channel: s.channel,
      castAt: s.castAt,
      version: s.version,
      receipt: s.receipt,
      subjectRef: s.subjectId,
      ...(s.proxyId ? { proxyRef: s.proxyId } : {}),
      current: current.has(s.seq),
    }))
}
