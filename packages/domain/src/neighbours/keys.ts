import type { KeyEmergency, KeyLogEntry, KeyRelease, SpareKey } from '@jiayuan/contracts'
import { KEY_EMERGENCY_LABEL } from '@jiayuan/contracts'
import { Conflict, Forbidden, RuleViolation } from '../errors'

/**
 * 钥匙管家 (DOMAIN H4): a release needs two different named custodians, a photo and a reason, and the owner's
 * consent in the app unless a recorded emergency; the owner is told at once and may withdraw the key.
 */

const issue = (field: string, message: string) => [{ field, message }]

/** A log line as stored: the opening's line keeps its photo's key, shown to the owner as a link (H4). */
export type KeyLogLine = Omit<KeyLogEntry, 'at' | 'photoUrl'> & { photoKey?: string }

/** A plan: the key after the step, and the log line that records it. */
export interface KeyStep {
  key: SpareKey
  log: KeyLogLine
}

export function checkCustodians(ownerId: string, custodianIds: readonly string[], volunteers: ReadonlySet<string>) {
  for (const [i, id] of custodianIds.entries()) {
    if (id === ownerId)
      throw new RuleViolation('CustodianIsOwner', '保管人：不能指定自己', issue(`custodianIds.${i}`, '不能指定自己'))
    if (!volunteers.has(id))
      throw new RuleViolation(
        'CustodianNotVolunteer',
        '保管人：只能从本小区的志愿者中选择',
        issue(`custodianIds.${i}`, '只能从本小区的志愿者中选择'),
      )
  }
}

function assertHeld(key: SpareKey): void {
  if (key.status === 'withdrawn')
    throw new Conflict('KeyWithdrawn', '钥匙已被业主取回', issue('status', '钥匙已被业主取回'))
}

function custodianOf(key: SpareKey, userId: string) {
  const c = key.custodians.find((x) => x.userId === userId)
  if (!c) throw new Forbidden('保管人：只有业主指定的保管人可以取用钥匙')
  return c
}

/** The release is done once two different custodians confirmed and the owner consented (or an emergency). */
function settle(release: KeyRelease, at: string): KeyRelease {
  const two = new Set(release.confirmations.map((c) => c.userId)).size >= 2
  const allowed = release.emergency !== undefined || release.ownerConsentAt !== undefined
  return two && allowed && !release.releasedAt ? { ...release, releasedAt: at } : release
}

const pending = (key: SpareKey) => (key.release && !key.release.releasedAt ? key.release : undefined)

export function openReleasePlan(
  key: SpareKey,
  by: { userId: string },
  input: { releaseId: string; reason: string; photoKey: string; emergency?: KeyEmergency | undefined },
  at: string,
): KeyStep {
  assertHeld(key)
  const c = custodianOf(key, by.userId)
  if (key.status === 'released')
    throw new Conflict('KeyOut', '钥匙还没放回，请先记录放回', issue('status', '钥匙还没放回，请先记录放回'))
  if (pending(key))
    throw new Conflict('ReleasePending', '已有一次取用在等待确认', issue('release', '已有一次取用在等待确认'))
  const release: KeyRelease = {
    releaseId: input.releaseId,
    reason: input.reason,
    photoKey: input.photoKey,
    ...(input.emergency ? { emergency: input.emergency } : {}),
    confirmations: [{ userId: c.userId, name: c.name, at }],
    openedAt: at,
  }
  const why = input.emergency ? `紧急情况（${KEY_EMERGENCY_LABEL[input.emergency]}）：` : ''
  return {
    key: { ...key, release, version: key.version + 1 },
    log: {
      action: 'release_opened',
      byName: c.name,
      text: `申请取用钥匙，${why}${input.reason}`,
      photoKey: input.photoKey,
    },
  }
}

export function confirmReleasePlan(key: SpareKey, by: { userId: string }, at: string): KeyStep {
  assertHeld(key)
  const c = custodianOf(key, by.userId)
  const release = pending(key)
  if (!release) throw new Conflict('NoRelease', '没有等待确认的取用', issue('release', '没有等待确认的取用'))
  if (release.confirmations.some((x) => x.userId === c.userId))
    throw new RuleViolation(
      'SameCustodian',
      '第二位保管人：需要另一位保管人确认，同一人不能确认两次',
      issue('custodian', '需要另一位保管人确认'),
    )
  return stepped(
    key,
    { ...release, confirmations: [...release.confirmations, { userId: c.userId, name: c.name, at }] },
    at,
    {
      action: 'release_confirmed',
      byName: c.name,
      text: '第二位保管人到场确认',
    },
  )
}

export function consentPlan(key: SpareKey, by: { userId: string }, at: string): KeyStep {
  assertHeld(key)
  if (key.ownerId !== by.userId) throw new Forbidden('业主：只有钥匙的主人可以同意取用')
  const release = pending(key)
  if (!release) throw new Conflict('NoRelease', '没有等待确认的取用', issue('release', '没有等待确认的取用'))
  if (release.ownerConsentAt) throw new Conflict('AlreadyConsented', '已经同意过了', issue('consent', '已经同意过了'))
  return stepped(key, { ...release, ownerConsentAt: at }, at, {
    action: 'owner_consented',
    byName: key.ownerName,
    text: '业主在小程序中同意取用',
  })
}

function stepped(key: SpareKey, release: KeyRelease, at: string, log: KeyStep['log']): KeyStep {
  const settled = settle(release, at)
  return {
    key: { ...key, release: settled, status: settled.releasedAt ? 'released' : key.status, version: key.version + 1 },
    log,
  }
}

/** The log line written beside a step that completed the release. */
export function releasedLine(key: SpareKey): KeyLogLine | undefined {
  const r = key.release
  if (!r?.releasedAt) return undefined
  const names = r.confirmations.map((c) => c.name).join('、')
  const basis = r.emergency ? `紧急情况（${KEY_EMERGENCY_LABEL[r.emergency]}），未经业主同意` : '业主已同意'
  return { action: 'released', byName: names, text: `钥匙已取用：${names} 两人到场，${basis}` }
}

/** After a release, a custodian records the key is back in their keeping; the owner is told. */
export function returnPlan(key: SpareKey, by: { userId: string }, at: string): KeyStep {
  assertHeld(key)
  const c = custodianOf(key, by.userId)
  const r = key.release
  if (key.status !== 'released' || !r?.releasedAt)
    throw new Conflict('KeyNotOut', '钥匙没有被取用，不用记录放回', issue('status', '钥匙没有被取用'))
  return {
    key: {
      ...key,
      status: 'held',
      release: { ...r, returnedAt: at, returnedByName: c.name },
      version: key.version + 1,
    },
    log: { action: 'returned', byName: c.name, text: '钥匙已放回，继续保管' },
  }
}

export function withdrawPlan(key: SpareKey, by: { userId: string }, at: string): KeyStep {
  if (key.ownerId !== by.userId) throw new Forbidden('业主：只有钥匙的主人可以取回钥匙')
  if (key.status === 'withdrawn') throw new Conflict('KeyWithdrawn', '钥匙已经取回', issue('status', '钥匙已经取回'))
  return {
    key: { ...key, status: 'withdrawn', withdrawnAt: at, version: key.version + 1 },
    log: { action: 'withdrawn', byName: key.ownerName, text: '业主取回钥匙，保管结束' },
  }
}

/** The log is the owner's (H4); a custodian sees the key's state on their list, not its log. */
export function assertOwner(key: SpareKey, userId: string): void {
  if (key.ownerId !== userId) throw new Forbidden('业主：只有钥匙的主人可以查看记录')
}
