import fs from 'node:fs'
import { parseArgs } from 'node:util'
import { BallotList, MeetingExport, type VerificationReport } from '@jiayuan/contracts'
import { verifyBallotList, verifyMeetingExport } from '@jiayuan/domain'
import { scriptEnv } from './config'

/**
 * Recounts an owners' assembly vote from what was published (DOMAIN V5, V10, V11): the hash chain, every
 * receipt, the log head, the window, and each motion's tally, from the ballot list and the roll; with the
 * committee's export also the frozen roll's hash. Prints OK or MISMATCH with each problem; exits 0 or 1.
 *
 *   npx tsx scripts/verify-ballots.ts --file export.json
 *   npx tsx scripts/verify-ballots.ts --compound c-hexie --meeting <id> [--api URL] [--token T | --persona committee] [--page-size N]
 *
 * Against the API it reads every page of `GET …/meetings/{id}/export` (committee, community admin) and falls
 * back to the published `…/ballot-list` for anyone else. Without a token it logs in as a seeded persona (local stack only).
 */
const USAGE =
  'usage: verify-ballots (--file <json> | --compound <id> --meeting <id> [--api <url>] [--token <bearer> | --persona <id>] [--page-size <n>])'

async function fetchJson(url: string, init: RequestInit = {}): Promise<{ status: number; body: unknown }> {
  const res = await fetch(url, { ...init, headers: { 'content-type': 'application/json', ...(init.headers ?? {}) } })
  return { status: res.status, body: await res.json() }
}

async function fromApi(
  api: string,
  compoundId: string,
  meetingId: string,
  options: { token?: string; persona?: string; pageSize?: string },
): Promise<unknown> {
  const { token, persona = 'committee', pageSize } = options
  let bearer = token
  if (!bearer) {
    const login = await fetchJson(`${api}/v1/auth/dev`, {
      method: 'POST',
      body: JSON.stringify({ personaId: persona }),
    })
    if (login.status !== 200) throw new Error(`dev login as ${persona} failed (${login.status}); pass --token`)
    bearer = (login.body as { token: string }).token
  }
  const base = `${api}/v1/compounds/${encodeURIComponent(compoundId)}/meetings/${encodeURIComponent(meetingId)}`
  const headers = { authorization: `Bearer ${bearer}` }
  const exported = await readAllPages(`${base}/export`, headers, pageSize)
  if (exported.status === 200) return exported.body
  const list = await readAllPages(`${base}/ballot-list`, headers, pageSize)
  if (list.status !== 200)
    throw new Error(`could not read the ballot list (${list.status}): ${JSON.stringify(list.body)}`)
  return list.body
}

/**
 * Reads a paged list (…/export or …/ballot-list) to its end and joins it into one document: the header of the
 * first page with every page's entries, so the check below covers the whole list and not one page of it.
 */
export async function readAllPages(
  url: string,
  headers: Record<string, string>,
  pageSize?: string,
): Promise<{ status: number; body: unknown }> {
  const entries: unknown[] = []
  let header: Record<string, unknown> | undefined
  let cursor: string | null = null
  do {
    const query = new URLSearchParams({
      ...(cursor !== null ? { cursor } : {}),
      ...(pageSize ? { limit: pageSize } : {}),
    }).toString()
    const page = await fetchJson(query ? `${url}?${query}` : url, { headers })
    if (page.status !== 200) return page
    const body = page.body as { header?: Record<string, unknown>; entries: unknown[]; nextCursor: string | null }
    header ??= body.header
    entries.push(...body.entries)
    cursor = body.nextCursor
  } while (cursor !== null)
  if (!header) throw new Error(`${url}: the first page carries no header`)
  return { status: 200, body: { ...header, entries } }
}

/** Parses either shape and runs the matching pure check; what the mini-app runs on the published list. */
export function verifyDocument(doc: unknown): { report: VerificationReport; list: BallotList } {
  const full = MeetingExport.safeParse(doc)
  if (full.success) return { report: verifyMeetingExport(full.data), list: full.data }
  const list = BallotList.parse(doc)
  return { report: verifyBallotList(list), list }
}

export function formatVerification(list: BallotList, report: VerificationReport): string[] {
  const lines = [
    `meeting ${list.meetingId} · compound ${list.compoundId}`,
    `roll hash ${list.rollHash} ${report.checked.rollHash ? '(recomputed from the frozen roll)' : '(published list only: roll hash not recomputed)'}`,
    `ballots   ${list.entries.length} entries, ${list.publicRoll.length} voters on the roll, head ${list.headHash}`,
    ...list.results.map((r) => {
      const raw = r.raw
      const deemed = r.deemed ? `; 从众 ${r.deemed.passed ? 'passed' : 'failed'} (+${r.deemed.deemedHeads} heads)` : ''
      return `motion ${r.motionId} (type ${r.matterType}) ${raw.passed ? 'passed' : 'failed'}: yes ${raw.yesHeads}/${raw.participatingHeads} heads, ${raw.yesArea}/${raw.participatingArea} area${deemed}`
    }),
  ]
  if (report.ok) return [...lines, 'OK: chain, receipts, head and tally recomputed; everything matches']
  return [
    ...lines,
    `MISMATCH: ${report.problems.length} problem(s)`,
    ...report.problems.map(
      (p) =>
        `  [${p.check}]${p.seq !== undefined ? ` seq ${p.seq}` : ''}${p.motionId ? ` motion ${p.motionId}` : ''}: ${p.message}`,
    ),
  ]
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      file: { type: 'string' },
      compound: { type: 'string' },
      meeting: { type: 'string' },
      api: { type: 'string' },
      token: { type: 'string' },
      persona: { type: 'string' },
      'page-size': { type: 'string' },
    },
  })
  let doc: unknown
  if (values.file) doc = JSON.parse(fs.readFileSync(values.file, 'utf8'))
  else if (values.compound && values.meeting) {
    doc = await fromApi(values.api ?? `http://${scriptEnv.HOST}:${scriptEnv.PORT}`, values.compound, values.meeting, {
      ...(values.token ? { token: values.token } : {}),
      ...(values.persona ? { persona: values.persona } : {}),
      ...(values['page-size'] ? { pageSize: values['page-size'] } : {}),
    })
  } else {
    console.error(USAGE)
    return 2
  }
  const { report, list } = verifyDocument(doc)
  console.log(formatVerification(list, report).join('\n'))
  return report.ok ? 0 : 1
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
