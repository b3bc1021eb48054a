import { ChainAppender, readChainHead } from '@jiayuan/db'
import { balances, legsSum, verifyLedgerExport } from '@jiayuan/domain'
import type { JournalEntryDraft } from '@jiayuan/contracts'
import { fetchLedgerExport } from '../../../scripts/verify-ledger'
import { startHarness, type Harness } from './harness'

let h: Harness
let staff: string
beforeAll(async () => {
  h = await startHarness()
  staff = (await h.login('staff')).token
})
afterAll(async () => h.close())

const url = (path: string) => `/v1/compounds/${h.compoundId}/ledger${path}`
const CATEGORIES = ['parking', 'advertising', 'venue_rental', 'other_public'] as const
const income = (i: number, extra: Record<string, unknown> = {}) => ({
  category: CATEGORIES[i % 4],
  amountFen: 100 + i,
  counterparty: '和谐停车管理有限公司',
  memo: `压力测试第 ${i} 笔`,
  idempotencyKey: `stress-${String(i).padStart(6, '0')}`,
  ...extra,
})

describe('posting to the hash chain (F2, F10)', () => {
  it('1,000 concurrent postings over HTTP make one valid chain: no gaps, no duplicates, every entry balanced', async () => {
    const before = (await h.request('GET', url('/chain?limit=1'), { token: staff })).body.head.seq as number
    const started = performance.now()
    const results = await Promise.all(
      Array.from({ length: 1000 }, (_, i) =>
        h.request('POST', url('/public-income'), { token: staff, body: income(i) }),
      ),
    )
    const ms = performance.now() - started
    console.log(
      `1,000 concurrent postings over HTTP: ${ms.toFixed(0)} ms, ${(1000 / (ms / 1000)).toFixed(0)} postings/s`,
    )
    expect(results.filter((r) => r.status !== 201).map((r) => r.body)).toEqual([])
    const seqs = results.map((r) => r.body.seq as number).sort((a, b) => a - b)
    expect(seqs).toEqual(Array.from({ length: 1000 }, (_, i) => before + i + 1))

    const exported = await fetchLedgerExport(h.url, h.compoundId, staff)
    expect(exported.entries.map((e) => e.seq)).toEqual(Array.from({ length: before + 1000 }, (_, i) => i + 1))
    expect(new Set(exported.entries.map((e) => e.entryId)).size).toBe(exported.entries.length)
    for (const entry of exported.entries) expect(legsSum(entry.legs)).toBe(0n)
    expect(verifyLedgerExport(exported)).toMatchObject({ ok: true, headSeq: before + 1000 })
  })

  it('keeps running balances that equal a recomputation from scratch', async () => {
    const exported = await fetchLedgerExport(h.url, h.compoundId, staff)
    const derived = Object.fromEntries(balances(exported.entries))
    const kept = Object.fromEntries((exported.balances ?? []).map((b) => [b.account, b.amountFen]))
    expect(kept).toEqual(derived)
    const accounts = await h.request('GET', url('/accounts'), { token: staff })
    expect(accounts.body.accounts.find((a: { code: string }) => a.code === 'asset:bank').balanceFen).toBe(
      derived['asset:bank'],
    )
  })

  it('a retried posting posts once, even when the retries race each other', async () => {
    const body = income(5000, { idempotencyKey: 'retry-me-00000001' })
    const results = await Promise.all(
      Array.from({ length: 10 }, () => h.request('POST', url('/public-income'), { token: staff, body })),
    )
    expect(new Set(results.map((r) => r.status))).toEqual(new Set([201]))
    expect(new Set(results.map((r) => r.body.seq)).size).toBe(1)
    const reused = await h.request('POST', url('/public-income'), { token: staff, body: { ...body, amountFen: 999 } })
    expect(reused).toMatchObject({ status: 409, body: { error: { code: 'IdempotencyKeyReused' } } })
  })

  it('writers in several processes racing on one head still make one valid chain', async () => {
    const start = await readChainHead(h.deps.db, h.compoundId)
    const processes = Array.from({ length: 4 }, () => new ChainAppender(h.deps.db, h.compoundId))
    const draft = (p: number, i: number): JournalEntryDraft => ({
      entryId: `race-${p}-${i}`,
      compoundId: h.compoundId,
      postedAt: new Date().toISOString(),
      kind: 'public_income',
      memo: `进程 ${p} 第 ${i} 笔`,
      counterparty: '测试广告有限公司',
      legs: [
        { account: 'asset:bank', amountFen: 10 + i },
        { account: 'income:advertising', amountFen: -(10 + i) },
      ],
    })
    const started = performance.now()
    const posted = await Promise.all(
      processes.flatMap((appender, p) =>
        Array.from({ length: 50 }, (_, i) => appender.append([{ draft: draft(p, i), actorId: 'test' }])),
      ),
    )
    console.log(
      `4 processes × 50 postings racing on one head (repository): ${(performance.now() - started).toFixed(0)} ms`,
    )
    expect(posted.flat().every((p) => p.created)).toBe(true)
    const exported = await fetchLedgerExport(h.url, h.compoundId, staff)
    expect(exported.entries).toHaveLength(start.seq + 200)
    expect(verifyLedgerExport(exported).ok).toBe(true)
    // The API's own appender last saw an older head: its next posting finds out and still lands at the end.
    const next = await h.request('POST', url('/public-income'), {
      token: staff,
      body: income(7000, { idempotencyKey: 'after-race-0001' }),
    })
    expect(next).toMatchObject({ status: 201, body: { seq: start.seq + 201 } })
  })

  it('refuses bad input naming the field, personal data in public text, and writes nothing', async () => {
    const head = async () => (await h.request('GET', url('/chain?limit=1'), { token: staff })).body.head.seq
    const before = await head()
    const noAmount = await h.request('POST', url('/public-income'), {
      token: staff,
      body: income(1, { amountFen: 12.5, idempotencyKey: 'bad-0000001' }),
    })
    expect(noAmount).toMatchObject({ status: 400, body: { error: { details: [{ field: 'body.amountFen' }] } } })
    const phone = await h.request('POST', url('/public-income'), {
      token: staff,
      body: income(1, { memo: '联系 13812348888', idempotencyKey: 'bad-0000002' }),
    })
    expect(phone).toMatchObject({ status: 422, body: { error: { code: 'PersonalDataInText' } } })
    expect(await head()).toBe(before)
  })

  it('an opening balance must balance (422) and come first (409)', async () => {
    const admin = (await h.login('admin')).token
    const unbalanced = await h.request('POST', url('/opening-balance'), {
      token: admin,
      body: {
        memo: '期初',
        legs: [
          { account: 'asset:bank', amountFen: 100 },
          { account: 'ledger:retained', amountFen: -99 },
        ],
      },
    })
    expect(unbalanced).toMatchObject({ status: 422, body: { error: { code: 'UnbalancedEntry' } } })
    const late = await h.request('POST', url('/opening-balance'), {
      token: admin,
      body: {
        memo: '期初',
        legs: [
          { account: 'asset:bank', amountFen: 100 },
          { account: 'ledger:retained', amountFen: -100 },
        ],
      },
    })
    expect(late).toMatchObject({ status: 409, body: { error: { code: 'LedgerNotEmpty' } } })
    const wrongAccount = await h.request('POST', url('/opening-balance'), {
      token: admin,
      body: {
        memo: '期初',
        legs: [
          { account: 'asset:bank', amountFen: 100 },
          { account: 'income:parking', amountFen: -100 },
        ],
      },
    })
    expect(wrongAccount).toMatchObject({ status: 422, body: { error: { code: 'NotOpeningAccount' } } })
  })

  it('only verified owners and the people who keep the books read them; nobody crosses compounds', async () => {
    for (const persona of ['resident', 'newcomer', 'grid-a']) {
      const { token } = await h.login(persona)
      expect([persona, (await h.request('GET', url('/entries'), { token })).status]).toEqual([persona, 403])
    }
    for (const persona of ['owner', 'committee', 'staff', 'admin']) {
      const { token } = await h.login(persona)
      expect([persona, (await h.request('GET', url('/summary'), { token })).status]).toEqual([persona, 200])
    }
    const owner = (await h.login('owner')).token
    expect(
      (
        await h.request('POST', url('/public-income'), {
          token: owner,
          body: income(1, { idempotencyKey: 'owner-00000001' }),
        })
      ).status,
    ).toBe(403)
    expect(
      (await h.request('GET', `/v1/compounds/${h.secondCompoundId}/ledger/summary`, { token: owner })).status,
    ).toBe(403)
    expect((await h.request('GET', `/v1/compounds/${h.secondCompoundId}/ledger/chain`, { token: staff })).status).toBe(
      403,
    )
  })
})
