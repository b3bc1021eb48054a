import type { CastBallot, Meeting, MeetingSummary, Motion } from '@jiayuan/contracts'
import type { BallotItem, MeetingRecord, MotionRecord } from '@jiayuan/db'
import {
  effectiveBallots,
  inScope,
  maskUnitLabel,
  nonVotingWarning,
  orderBallots,
  thresholdFor,
  toBallot,
} from '@jiayuan/domain'

/**
 * Who is looking: the committee sees affected units in full; anyone else sees their own unit in full and the
 * others masked (DOMAIN P1), and is told whether the meeting's scope is theirs (V14). Absent: a stranger's view.
 */
export interface Viewer {
  committee: boolean
  unitIds: readonly string[]
}

function header(m: MeetingRecord, viewer?: Viewer) {
  const { refSalt: _salt, motionIds: _ids, results: _results, deliveredCount: _delivered, scopeUnitIds, ...rest } = m
  const warning = m.rules ? nonVotingWarning(m.rules) : undefined
  return {
    ...rest,
    scope: m.scope ?? { kind: 'compound' as const },
    scopeText: m.scopeText ?? '全小区',
    ...(scopeUnitIds && viewer ? { inScope: inScope(scopeUnitIds, viewer.unitIds) } : {}),
    countedOn: m.rules?.governmentPlatformUrl ? ('government_platform' as const) : ('app' as const),
    ...(warning ? { nonVotingWarning: warning } : {}),
  }
}

export function motionView(m: MotionRecord, urls: ReadonlyMap<string, string> = new Map(), viewer?: Viewer): Motion {
  const shown = (unitId: string) => viewer !== undefined && (viewer.committee || viewer.unitIds.includes(unitId))
  return {
    ...m,
    threshold: thresholdFor(m.matterType).kind,
    attachments: m.attachments.map((a) => ({ ...a, ...(urls.has(a.key) ? { url: urls.get(a.key) } : {}) })),
    affected: (m.affected ?? []).map(({ unitId, unitLabel, ...rest }) =>
      shown(unitId) ? { ...rest, unitId, unitLabel } : { ...rest, unitLabel: maskUnitLabel(unitLabel) },
    ),
  }
}

export function meetingView(
  m: MeetingRecord,
  motions: readonly MotionRecord[],
  urls?: ReadonlyMap<string, string>,
  viewer?: Viewer,
): Meeting {
  return { ...header(m, viewer), motions: motions.map((x) => motionView(x, urls, viewer)) }
}

export function summaryView(m: MeetingRecord, viewer?: Viewer): MeetingSummary {
  return { ...header(m, viewer), motionCount: m.motionIds.length }
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
