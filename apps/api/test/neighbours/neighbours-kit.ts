import type { Membership } from '@jiayuan/contracts'
import { putMembership, putUser } from '@jiayuan/db'
import { signToken } from '../../src/http/token'
import type { Harness } from '../harness'
import { JPEG } from '../tickets/tickets-kit'

export const nb = (h: Harness, rest = '') => `/v1/compounds/${h.compoundId}/neighbours${rest}`

export async function signUp(h: Harness, token: string, skills: string[] = ['errands'], consentToList = true) {
  const res = await h.request('PUT', nb(h, '/volunteers/me'), { token, body: { skills, consentToList } })
  if (res.status !== 200) throw new Error(`sign up: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body
}

let counter = 0

export async function postAsk(h: Harness, token: string, body: Record<string, unknown> = {}) {
  counter += 1
  return h.request('POST', nb(h, '/asks'), {
    token,
    body: {
      kind: 'errand',
      description: '帮忙买一袋米送上楼',
      when: '明天上午',
      idempotencyKey: `ask-key-${counter}`,
      ...body,
    },
  })
}

/** A resident created straight in the table, with a token signed by the API's own key. */
export async function makeResident(h: Harness, name: string): Promise<{ userId: string; token: string }> {
  const userId = `${h.prefix}v-${name}`
  const membership: Membership = {
    compoundId: h.compoundId,
    compoundName: '和谐家园',
    roles: ['resident'],
    gridIds: [],
    unitIds: [],
  }
  await putUser(h.deps.db, { userId, displayName: `志愿者${name}`, createdAt: h.deps.clock().toISOString() })
  await putMembership(h.deps.db, userId, membership)
  const { token } = signToken(h.deps.tokenSecret, userId, [membership], 24 * 3600, h.deps.clock())
  return { userId, token }
}

/** Uploads a small JPEG (purpose `attachment`) and returns its key. */
export async function uploadAttachment(h: Harness, token: string): Promise<string> {
  const up = await h.request('POST', `/v1/compounds/${h.compoundId}/uploads`, {
    token,
    body: { purpose: 'attachment', contentType: 'image/jpeg', size: JPEG.length },
  })
  if (up.status !== 201) throw new Error(`upload: ${up.status} ${JSON.stringify(up.body)}`)
  await fetch(up.body.url, { method: 'PUT', headers: up.body.headers, body: JPEG })
  return up.body.key as string
}

export async function inboxOf(h: Harness, token: string) {
  const res = await h.request('GET', `/v1/compounds/${h.compoundId}/inbox`, { token })
  return res.body.messages as Array<{ kind: string; title: string; body: string; link: Record<string, string> }>
}
