import { unknownFields } from '@jiayuan/contracts'
import { startHarness, type Harness } from '../harness'
import { carriesBody } from './malformed'
import { allowedToken, loginAll, type Caller } from './personas'
import { aboveIds, dummyPath, inPool, servedEndpoints } from './routes'
import { sampleOf } from './zod-sample'

/**
 * Unknown body fields are refused with 400 naming the field (issue 15 item 7): zod dropped them silently, so a
 * body with a misspelled field still approved an expense although openapi.json says `additionalProperties: false`.
 */

let h: Harness
let callers: Caller[] = []

beforeAll(async () => {
  h = await startHarness()
  callers = await loginAll(h)
})
afterAll(async () => h.close())

/** The body with one extra field at the top and one in the first nested object the contract declares. */
function withExtras(body: Record<string, unknown>): Array<{ field: string; body: unknown }> {
  const out: Array<{ field: string; body: unknown }> = [{ field: 'body.approvedd', body: { ...body, approvedd: true } }]
  for (const [k, v] of Object.entries(body)) {
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      out.push({ field: `body.${k}.extraField`, body: { ...body, [k]: { ...v, extraField: 1 } } })
      break
    }
  }
  return out
}

it('every route refuses a body field its contract does not name, with 400 naming it', async () => {
  const { served } = servedEndpoints()
  const wrong: string[] = []
  let sent = 0
  await inPool(served.filter(carriesBody), 4, async (e) => {
    const body = sampleOf(e.body)
    if (body === null || typeof body !== 'object' || Array.isArray(body) || !e.body.safeParse(body).success) return
    for (const t of withExtras(body as Record<string, unknown>)) {
      // A field of a passthrough object (WeChat's push) is the sender's business, not a mistake.
      if (unknownFields(e.body, t.body).length === 0) continue
      const res = await h.request(e.method.toUpperCase(), dummyPath(e, h.compoundId, aboveIds(h.prefix)), {
        token: allowedToken(e, callers, h.compoundId),
        body: t.body,
      })
      sent += 1
      const fields = ((res.body?.error?.details ?? []) as Array<{ field: string }>).map((d) => d.field)
      if (res.status !== 400 || !fields.includes(t.field)) wrong.push(`${e.id} ${t.field}: ${res.status} ${fields}`)
    }
  })
  console.log(`strict: ${sent} bodies with an unknown field`)
  expect(sent).toBeGreaterThan(40)
  expect(wrong).toEqual([])
})

it('an expense approval with a misspelled field is refused, naming it, and nothing is approved', async () => {
  const committee = callers.find((c) => c.name === 'committee')?.token ?? ''
  const res = await h.request('POST', `/v1/compounds/${h.compoundId}/ledger/expenses/rel-dummy-0001/approvals`, {
    token: committee,
    body: { overBudgetReasn: '超出预算，已说明' },
  })
  expect(res.status).toBe(400)
  expect(res.body.error.details).toEqual([expect.objectContaining({ field: 'body.overBudgetReasn' })])
})
