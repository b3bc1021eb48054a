import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { UpdateCommand } from '@aws-sdk/lib-dynamodb'
import { keys, readChain } from '@jiayuan/db'
import { hashEntry, verifyInclusion, verifyLedgerExport } from '@jiayuan/domain'
import { fetchLedgerExport } from '../../../scripts/verify-ledger'
import { startHarness, type Harness } from './harness'

let h: Harness
let staff: string
let owner: string
const url = (path: string) => `/v1/compounds/${h.compoundId}/ledger${path}`
const ROOT = path.resolve(__dirname, '../../..')

beforeAll(async () => {
  h = await startHarness()
  staff = (await h.login('staff')).token
  owner = (await h.login('owner')).token
  for (let i = 0; i < 8; i++) {
    const res = await h.request('POST', url('/public-income'), {
      token: staff,
      body: {
        category: 'parking',
        amountFen: 10_000 + i,
        counterparty: '和谐停车管理有限公司',
        memo: `停车费分成 第${i + 1}周`,
        idempotencyKey: `verify-pi-${i}-0000`,
      },
    })
    expect(res.status).toBe(201)
  }
})
afterAll(async () => h.close())

const verifyCli = (token: string, pins: string[] = []) =>
  promisify(execFile)(
    path.join(ROOT, 'node_modules/.bin/tsx'),
    [
      'scripts/verify-ledger.ts',
      '--api',
      h.url,
      '--compound',
      h.compoundId,
      '--token',
      token,
      ...pins.flatMap((p) => ['--pin', p]),
    ],
    { cwd: ROOT },
  ).then(
    (out) => ({ code: 0, stdout: out.stdout }),
    (err: { code: number; stdout: string }) => ({ code: err.code, stdout: err.stdout }),
  )

describe('tamper evidence (F10)', () => {
  it('publishes checkpoints on demand, once per head, and proves an entry is included', async () => {
    const early = await h.request('GET', url('/entries/3/proof'), { token: owner })
    expect(early).toMatchObject({ status: 409, body: { error: { code: 'NotYetCheckpointed' } } })
    expect((await h.request('POST', url('/checkpoints'), { token: owner })).status).toBe(403)
    const published = await h.request('POST', url('/checkpoints'), { token: staff })
    expect(published.body).toMatchObject({ created: true, checkpoint: { seq: 8, count: 8 } })
    expect((await h.request('POST', url('/checkpoints'), { token: staff })).body).toMatchObject({
      created: false,
      checkpoint: { seq: 8 },
    })

    const proof = await h.request('GET', url('/entries/3/proof'), { token: owner })
    expect(proof.body.entry.seq).toBe(3)
    expect(proof.body.following.map((e: { seq: number }) => e.seq)).toEqual([4, 5, 6, 7, 8])
    expect(proof.body.checkpoint.headHash).toBe(published.body.checkpoint.headHash)
    expect(verifyInclusion(proof.body)).toMatchObject({ ok: true, headSeq: 8 })
    expect((await h.request('GET', url('/entries/99/proof'), { token: owner })).status).toBe(404)
  })

  it('exports the ledger as CSV an owner can open', async () => {
    const month = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7)
    const res = await h.request('GET', url(`/export?period=${month}`), { token: owner })
    expect(res.body.filename).toBe(`ledger-${h.compoundId}-${month}.csv`)
    const rows = res.body.csv.trim().split('\n')
    expect(rows).toHaveLength(9)
    expect(rows[0]).toContain('哈希')
    expect(rows[1]).toContain('100.00')
    expect((await h.request('GET', url('/export?period=2024-13'), { token: owner })).body.error.details[0].field).toBe(
      'query.period',
    )
  })

  it('the verifier passes the honest chain, from code and from the command line', async () => {
    expect(verifyLedgerExport(await fetchLedgerExport(h.url, h.compoundId, owner))).toMatchObject({
      ok: true,
      headSeq: 8,
    })
    const cli = await verifyCli(owner)
    expect(cli.code).toBe(0)
    expect(cli.stdout).toContain('OK: chain valid to seq 8')
  })

  it('an entry altered in the table is reported by the verifier, naming its seq', async () => {
    await h.deps.db.doc.send(
      new UpdateCommand({
        TableName: h.deps.db.table,
        Key: keys.entry(h.compoundId, 5),
        UpdateExpression: 'SET legs[0].amountFen = :more, legs[1].amountFen = :less',
        ExpressionAttributeValues: { ':more': 99_999, ':less': -99_999 },
      }),
    )
    expect(verifyLedgerExport(await fetchLedgerExport(h.url, h.compoundId, owner))).toMatchObject({
      ok: false,
      firstBadSeq: 5,
      reason: 'hash_mismatch',
    })
    const cli = await verifyCli(owner)
    expect(cli.code).toBe(1)
    expect(cli.stdout).toContain('MISMATCH at seq 5 [hash_mismatch]')
  })

  it('a rewrite that re-hashes the tail and the head is caught by the published checkpoint', async () => {
    const entries = await readChain(h.deps.db, h.compoundId, 0, 100)
    let prevHash = entries[3]?.hash ?? ''
    for (const entry of entries.slice(4)) {
      const hash = hashEntry(prevHash, entry)
      await h.deps.db.doc.send(
        new UpdateCommand({
          TableName: h.deps.db.table,
          Key: keys.entry(h.compoundId, entry.seq),
          UpdateExpression: 'SET prevHash = :p, #h = :h',
          ExpressionAttributeNames: { '#h': 'hash' },
          ExpressionAttributeValues: { ':p': prevHash, ':h': hash },
        }),
      )
      prevHash = hash
    }
    await h.deps.db.doc.send(
      new UpdateCommand({
        TableName: h.deps.db.table,
        Key: keys.chainHead(h.compoundId),
        UpdateExpression: 'SET headHash = :h',
        ExpressionAttributeValues: { ':h': prevHash },
      }),
    )
    const exported = await fetchLedgerExport(h.url, h.compoundId, owner)
    expect(verifyLedgerExport({ ...exported, checkpoints: [] })).toMatchObject({
      ok: false,
      reason: 'balance_mismatch',
    })
    expect(verifyLedgerExport(exported)).toMatchObject({ ok: false, firstBadSeq: 8, reason: 'checkpoint_mismatch' })
  })
})
