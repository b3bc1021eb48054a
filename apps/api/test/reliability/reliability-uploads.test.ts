import { startHarness, type Harness } from '../harness'
import { report, tokenOf, uploadPhoto } from '../tickets/tickets-kit'

/**
 * Upload keys are checked on their parsed, canonical form (issue 15 item 2): a prefix test let
 * `<c>/ticket_photo/<me>/../<other>/<id>.jpg` pass as the caller's own photo, and the store served the other
 * person's file. Tickets, bindings, assembly and ledger evidence share the one check (storage/uploads.ts).
 */

let h: Harness
let resident: string
let owner: string
beforeAll(async () => {
  h = await startHarness()
  resident = await tokenOf(h, 'resident')
  owner = await tokenOf(h, 'owner')
})
afterAll(async () => h.close())

it("refuses another person's photo reached through ../ in a key that starts with the caller's own prefix", async () => {
  const theirs = await uploadPhoto(h, owner)
  const mine = await uploadPhoto(h, resident)
  const [compoundId, purpose, me] = mine.split('/')
  const [, , them, file] = theirs.split('/')
  const traversal = `${compoundId}/${purpose}/${me}/../${them}/${file}`
  const res = await report(h, resident, { photoKeys: [traversal] }, 0)
  expect(res.status).toBe(400)
  expect(res.body.error.details).toEqual([expect.objectContaining({ field: 'body.photoKeys.0' })])
  for (const odd of [`${mine}/`, `./${mine}`, mine.replace('/', '//'), `${compoundId}/${purpose}/${me}/./${file}`]) {
    const again = await report(h, resident, { photoKeys: [odd] }, 0)
    expect(again.status).toBe(400)
  }
})

it('a ticket photo must be an image: a PDF is refused naming body.contentType', async () => {
  const res = await h.request('POST', `/v1/compounds/${h.compoundId}/uploads`, {
    token: resident,
    body: { purpose: 'ticket_photo', contentType: 'application/pdf', size: 1000 },
  })
  expect(res.status).toBe(400)
  expect(res.body.error.details).toEqual([expect.objectContaining({ field: 'body.contentType' })])
  const receipt = await h.request('POST', `/v1/compounds/${h.compoundId}/uploads`, {
    token: await tokenOf(h, 'staff'),
    body: { purpose: 'receipt', contentType: 'application/pdf', size: 1000 },
  })
  expect(receipt.status).toBe(201)
})
