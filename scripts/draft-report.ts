import { parseArgs } from 'node:util'
import { MonthlyReport } from '@jiayuan/contracts'
import { previousMonth } from '@jiayuan/domain'
import { scriptEnv } from './config'

/**
 * Drafts a month's report (物业月报) on the running stack, as the 1st-of-the-month job does in AWS, and
 * prints its headline figures. Drafting again refreshes the open draft; a published month gets a correction
 * draft. Publishing stays a person's act in the app.
 *
 *   npx tsx scripts/draft-report.ts --compound c-hexie [--month 2025-10] [--api URL] [--token T | --persona committee]
 */
const USAGE = 'usage: draft-report --compound <id> [--month YYYY-MM] [--api <url>] [--token <bearer> | --persona <id>]'

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      compound: { type: 'string' },
      month: { type: 'string' },
      api: { type: 'string' },
      token: { type: 'string' },
      persona: { type: 'string' },
    },
  })
  if (!values.compound) throw new Error(USAGE)
  const api = values.api ?? `http://${scriptEnv.HOST}:${scriptEnv.PORT}`
  const month = values.month ?? previousMonth(new Date())
  let token = values.token
  if (!token) {
    const login = await fetch(`${api}/v1/auth/dev`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ personaId: values.persona ?? 'committee' }),
    })
    if (login.status !== 200) throw new Error(`dev login failed (${login.status}); pass --token`)
    token = ((await login.json()) as { token: string }).token
  }
  const res = await fetch(`${api}/v1/compounds/${encodeURIComponent(values.compound)}/reports/${month}/draft`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
  })
  const body: unknown = await res.json()
  if (res.status !== 200) throw new Error(`draft failed (${res.status}): ${JSON.stringify(body)}`)
  const report = MonthlyReport.parse(body)
  const { tickets, money } = report.figures
  console.log(`${report.month} v${report.version} (${report.status})`)
  console.log(
    `tickets: ${tickets.stats.submitted} new, ${tickets.closed} closed, on time ${tickets.stats.onTimeRateBasisPoints ?? '-'} bp`,
  )
  console.log(
    `money: income ${money.incomeTotalFen} fen, expense ${money.expenseTotalFen} fen, bank at month end ${money.closing.bankFen} fen`,
  )
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err))
  process.exit(1)
})
