import fs from 'node:fs'
import { parseArgs } from 'node:util'
import {
  ChainPage,
  PublishedCheckpoint,
  type JournalEntry,
  type LedgerChainVerdict,
  type LedgerCheckpoint,
} from '@jiayuan/contracts'
import { verifyLedgerExport, type LedgerExport } from '@jiayuan/domain'
import { z } from 'zod'
import { scriptEnv } from './config'

/**
 * Verifies a compound's trust-account ledger from the outside (DOMAIN F2, F10): every entry's hash and link,
 * every entry summing to zero, every published checkpoint lying on the chain, and the server's running
 * balances equal to a recomputation from the entries. The check itself is `verifyLedgerExport` in
 * packages/domain, the same code the mini-app runs. Prints OK or MISMATCH; exits 0, 1, or 2 on a usage error.
 *
 *   npx tsx scripts/verify-ledger.ts --compound c-hexie [--api URL] [--token T | --persona owner] [--pin 120:<hash>] [--save chain.json]
 *   npx tsx scripts/verify-ledger.ts --file chain.json [--pin 120:<hash>]
 *
 * `--pin seq:hash` is a checkpoint you kept from earlier (a screenshot, a notice board): the chain must still
 * contain it, which catches a rewrite of history that was re-hashed and re-checkpointed afterwards.
 */
const USAGE =
  'usage: verify-ledger (--file <json> | --compound <id> [--api <url>] [--token <bearer> | --persona <id>]) [--pin <seq>:<hash>]... [--save <json>]'

const SavedExport = z.object({
  entries: z.array(z.unknown()),
  checkpoints: z.array(PublishedCheckpoint.or(z.object({ seq: z.number(), headHash: z.string(), count: z.number() }))),
  head: z.object({ seq: z.number(), headHash: z.string(), count: z.number() }).optional(),
  balances: z.array(z.object({ account: z.string(), amountFen: z.number() })).optional(),
})

async function getJson(url: string, token: string): Promise<unknown> {
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } })
  const body: unknown = await res.json()
  if (res.status !== 200) throw new Error(`GET ${url}: ${res.status} ${JSON.stringify(body)}`)
  return body
}

/** Reads the whole chain page by page, then the checkpoints, as any owner of the compound may. */
export async function fetchLedgerExport(api: string, compoundId: string, token: string): Promise<LedgerExport> {
  const base = `${api}/v1/compounds/${encodeURIComponent(compoundId)}/ledger`
  const entries: JournalEntry[] = []
  let page: ChainPage | undefined
  let after = 0
  for (;;) {
    page = ChainPage.parse(await getJson(`${base}/chain?afterSeq=${after}&limit=1000`, token))
    entries.push(...page.entries)
    if (page.nextAfterSeq === null) break
    after = page.nextAfterSeq
  }
  const { checkpoints } = z
    .object({ checkpoints: z.array(PublishedCheckpoint) })
    .parse(await getJson(`${base}/checkpoints`, token))
  return {
    entries,
    checkpoints: checkpoints.map(({ seq, headHash, count }) => ({ seq, headHash, count })),
    head: page.head,
    balances: page.balances,
  }
}

export function parsePins(pins: readonly string[]): LedgerCheckpoint[] {
  return pins.map((pin) => {
    const [seq, headHash] = pin.split(':')
    if (!seq || !headHash || !/^\d+$/.test(seq)) throw new Error(`--pin must be <seq>:<hash>, got ${pin}`)
    return { seq: Number(seq), headHash, count: Number(seq) }
  })
}

export function formatLedgerVerdict(data: LedgerExport, verdict: LedgerChainVerdict): string[] {
  const summary = `${data.entries.length} entries, ${data.checkpoints.length} checkpoints${data.balances ? `, ${data.balances.length} balances` : ''}`
  if (verdict.ok)
    return [
      summary,
      `OK: chain valid to seq ${verdict.headSeq}, head ${verdict.headHash}; every entry balances; checkpoints and balances match`,
    ]
  return [summary, `MISMATCH at seq ${verdict.firstBadSeq} [${verdict.reason}]: ${verdict.message}`]
}

async function login(api: string, persona: string): Promise<string> {
  const res = await fetch(`${api}/v1/auth/dev`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ personaId: persona }),
  })
  if (res.status !== 200) throw new Error(`dev login as ${persona} failed (${res.status}); pass --token`)
  return ((await res.json()) as { token: string }).token
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      file: { type: 'string' },
      compound: { type: 'string' },
      api: { type: 'string' },
      token: { type: 'string' },
      persona: { type: 'string' },
      pin: { type: 'string', multiple: true },
      save: { type: 'string' },
    },
  })
  let data: LedgerExport
  if (values.file) {
    data = SavedExport.parse(JSON.parse(fs.readFileSync(values.file, 'utf8'))) as LedgerExport
  } else if (values.compound) {
    const api = values.api ?? `http://${scriptEnv.HOST}:${scriptEnv.PORT}`
    data = await fetchLedgerExport(api, values.compound, values.token ?? (await login(api, values.persona ?? 'owner')))
    if (values.save) fs.writeFileSync(values.save, JSON.stringify(data, null, 1))
  } else {
    console.error(USAGE)
    return 2
  }
  const withPins = { ...data, checkpoints: [...data.checkpoints, ...parsePins(values.pin ?? [])] }
  const verdict = verifyLedgerExport(withPins)
  console.log(formatLedgerVerdict(withPins, verdict).join('\n'))
  return verdict.ok ? 0 : 1
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : err)
      process.exit(2)
    },
  )
}
