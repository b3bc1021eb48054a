import type { Membership } from '@jiayuan/contracts'
import { putMembership, putUser } from '@jiayuan/db'
import { shanghaiInstant } from '@jiayuan/domain'
import { signToken } from '../../src/http/token'
import { runOutbox } from '../../src/jobs/outbox'
import { runSlaSweep } from '../../src/tickets/index'
import type { Harness } from '../harness'

/** Helpers shared by the tickets-*.test.ts files: photos to the local S3, reports, steps, workers, jobs. */

export const JPEG = Buffer.from('ffd8ffe000104a46494600010100000100010000ffd9', 'hex')

/** Wall-clock time in Asia/Shanghai → Date. */
export function sh(local: string): Date {
  return new Date(shanghaiInstant(local))
}

export function setClock(h: Harness, at: Date): void {
  h.deps.clock = () => new Date(at.getTime())
}

export function ticketsPath(h: Harness, rest = ''): string {
  return `/v1/compounds/${h.compoundId}/tickets${rest}`
}

/** Logs in a seeded persona at the harness clock (tokens expire two hours after it). */
export async function tokenOf(h: Harness, persona: string): Promise<string> {
  return (await h.login(persona)).token
}

/** Asks for a presigned PUT and uploads a small JPEG to the local S3; returns the key. */
export async function uploadPhoto(h: Harness, token: string): Promise<string> {
  const upload = await h.request('POST', `/v1/compounds/${h.compoundId}/uploads`, {
    token,
    body: { purpose: 'ticket_photo', contentType: 'image/jpeg', size: JPEG.length },
  })
  if (upload.status !== 201) throw new Error(`upload: ${upload.status} ${JSON.stringify(upload.body)}`)
  const put = await fetch(upload.body.url, { method: 'PUT', headers: upload.body.headers, body: JPEG })
  if (put.status !== 200) throw new Error(`PUT to S3: ${put.status}`)
  return upload.body.key as string
}

let counter = 0

export async function report(h: Harness, token: string, body: Record<string, unknown> = {}, photos = 1) {
  const photoKeys = []
  for (let i = 0; i < photos; i++) photoKeys.push(await uploadPhoto(h, token))
  counter += 1
  return h.request('POST', ticketsPath(h), {
    token,
    body: {
      category: 'repair',
      location: { kind: 'unit', unitId: 'b2-1-201' },
      description: '楼道灯不亮',
      photoKeys,
      idempotencyKey: `ticket-${Date.now()}-${counter}`,
      ...body,
    },
  })
}

export async function reportOk(
  h: Harness,
  token: string,
  body: Record<string, unknown> = {},
  photos = 1,
): Promise<string> {
  const res = await report(h, token, body, photos)
  if (res.status !== 201) throw new Error(`report: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.ticket.ticketId as string
}

export function act(h: Harness, token: string, ticketId: string, action: Record<string, unknown>) {
  return h.request('POST', ticketsPath(h, `/${ticketId}/actions`), { token, body: action })
}

export async function actOk(h: Harness, token: string, ticketId: string, action: Record<string, unknown>) {
  const res = await act(h, token, ticketId, action)
  if (res.status !== 200) throw new Error(`${String(action.type)}: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body
}

/** Resolves with the proof T10 asks for: a note and one after-photo uploaded by the worker. */
export async function resolveOk(h: Harness, token: string, ticketId: string, note: string) {
  return actOk(h, token, ticketId, { type: 'resolve', note, photoKeys: [await uploadPhoto(h, token)] })
}

export function detail(h: Harness, token: string, ticketId: string) {
  return h.request('GET', ticketsPath(h, `/${ticketId}`), { token })
}

/** A grid worker created straight in the table, with a token signed by the API's own key. */
export async function makeWorker(
  h: Harness,
  name: string,
  gridIds: string[],
): Promise<{ userId: string; token: string }> {
  const userId = `${h.prefix}w-${name}`
  const membership: Membership = {
    compoundId: h.compoundId,
    compoundName: '和谐家园',
    roles: ['grid_worker'],
    gridIds,
    unitIds: [],
  }
  await putUser(h.deps.db, { userId, displayName: `网格员${name}`, createdAt: h.deps.clock().toISOString() })
  await putMembership(h.deps.db, userId, membership)
  const { token } = signToken(h.deps.tokenSecret, userId, [membership], 24 * 3600, h.deps.clock())
  return { userId, token }
}

/** The two scheduled jobs, limited to this file's compound so parallel files never touch each other's data. */
export function sweep(h: Harness) {
  return runSlaSweep(h.deps, { compoundIds: [h.compoundId] })
}

export function drainOutbox(h: Harness) {
  return runOutbox(h.deps, { compoundIds: [h.compoundId] })
}
