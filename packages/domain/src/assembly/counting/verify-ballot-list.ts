import type { BallotList, MeetingExport, TallyResult, VerificationReport } from '@jiayuan/contracts'
import { canonicalJson } from '../../crypto/canonical-json'
import { DomainError } from '../../errors'
import { verifyBallotChain } from '../ballots/ballot-chain'
import { countMotions, publicVotingRoll } from './count-meeting'
import { byCodeUnit } from '../order'
import { rollHash } from '../roll/roll-hash'
import { headHash, toBallot } from '../ballots/seal'
import { ballotReceipt } from '../ballots/voter-ref'

type Problem = VerificationReport['problems'][number]

function checkEntries(list: BallotList, problems: Problem[]): void {
  const broken = verifyBallotChain(list.entries)
  if (broken !== null) {
    problems.push({
      check: 'chain',
      message: `第 ${broken + 1} 条选票与哈希链不符（被改动、删除或调换）`,
      seq: broken + 1,
    })
  }
  if (headHash(list.entries) !== list.headHash)
    problems.push({ check: 'head', message: '选票链的末端哈希与公布的不一致' })
  const refs = new Set(list.publicRoll.map((r) => r.ref))
  const motions = new Set(list.motions.map((m) => m.motionId))
  const lastVersion = new Map<string, number>()
  const opens = Date.parse(list.window.opensAt)
  const closes = Date.parse(list.window.closesAt)
  list.entries.forEach(({ payload: p }, i) => {
    const at = (message: string, check: string) => problems.push({ check, message, seq: p.seq, motionId: p.motionId })
    if (p.seq !== i + 1) at(`序号应为 ${i + 1}，实为 ${p.seq}`, 'seq')
    if (ballotReceipt(list.meetingId, p) !== p.receipt) at('回执与选票内容不符', 'receipt')
    if (!refs.has(p.subjectId)) at('投票人不在公布的名册中', 'roll')
    if (!motions.has(p.motionId)) at('议题不在公告之列', 'motion')
    const cast = Date.parse(p.castAt)
    if (!(cast >= opens && cast < closes)) at('投票时间不在投票期内', 'window')
    const key = `${p.motionId}\u0000${p.subjectId}`
    if ((lastVersion.get(key) ?? 0) >= p.version) at('同一投票人的选票版本顺序不对', 'version')
    lastVersion.set(key, p.version)
  })
}

const differs = (a: TallyResult | undefined, b: TallyResult): boolean =>
  a === undefined || canonicalJson(a) !== canonicalJson(b)

function checkTally(list: BallotList, problems: Problem[]): void {
  let recount: TallyResult[]
  try {
    recount = countMotions(
      publicVotingRoll(list.publicRoll),
      list.entries.map((e) => toBallot(e.payload)),
      list.motions,
      list.deliveredRefs,
    )
  } catch (err) {
    if (!(err instanceof DomainError)) throw err
    problems.push({ check: 'tally', message: `无法重新计票：${err.message}` })
    return
  }
  const published = new Map(list.results.map((r) => [r.motionId, r]))
  for (const result of recount) {
    if (differs(published.get(result.motionId), result)) {
      problems.push({ check: 'tally', message: '重新计票的结果与公布的结果不一致', motionId: result.motionId })
    }
  }
  if (list.results.length !== recount.length) problems.push({ check: 'tally', message: '公布的结果与议题数目不符' })
}

/**
 * Recomputes everything a published ballot list claims (DOMAIN V10, V11): the chain, each receipt, the head,
 * the window, and every motion's tally from the entries and the published roll. Pure, so the mini-app can run
 * it on an owner's phone and `scripts/verify-ballots.ts` on a laptop.
 */
export function verifyBallotList(list: BallotList): VerificationReport {
  const problems: Problem[] = []
  checkEntries(list, problems)
  checkTally(list, problems)
  return {
    ok: problems.length === 0,
    problems,
    checked: { entries: list.entries.length, motions: list.motions.length, rollHash: false },
  }
}

/**
 * The audit export adds the frozen roll itself: its hash must be the one published at opening (V5), and the
 * published roll must be exactly its projection through the reference map, so nothing was added or re-weighed.
 */
export function verifyMeetingExport(exp: MeetingExport): VerificationReport {
  const problems: Problem[] = []
  if (rollHash(exp.roll) !== exp.rollHash)
    problems.push({ check: 'roll_hash', message: '冻结名册的哈希与开始投票时公布的不一致' })
  const refs = exp.roll.subjects.map((s) => exp.refs[s.subjectId])
  if (refs.some((r) => r === undefined) || new Set(refs).size !== refs.length) {
    problems.push({ check: 'refs', message: '名册与公布名单的对应关系不完整或重复' })
  }
  const projected = exp.roll.subjects
    .map((s) => ({ ref: exp.refs[s.subjectId] ?? '', kind: s.kind, area: s.area }))
    .sort((a, b) => byCodeUnit(a.ref, b.ref))
  const published = [...exp.publicRoll].sort((a, b) => byCodeUnit(a.ref, b.ref))
  if (canonicalJson(projected) !== canonicalJson(published)) {
    problems.push({ check: 'public_roll', message: '公布的名册与冻结名册不一致' })
  }
  const list = verifyBallotList(exp)
  const all = [...problems, ...list.problems]
  return { ok: all.length === 0, problems: all, checked: { ...list.checked, rollHash: true } }
}
