/**
 * Defects the reliability suites found in route code they do not own, reported with a reproduction. The
 * content fuzzer steers around each (so it keeps testing the rest of the route) and a `failing` test pins it;
 * when a fix lands, that test fails: delete the entry and the test.
 */
export interface KnownDefect {
  route: string
  defect: string
  /** Rewrites generated input so it does not trip the defect. */
  avoid(input: { body: any; query: Record<string, string> }): { body: any; query: Record<string, string> }
}

const MAX_SANE_FEN = 10_000_000_000

const clampFen = (body: any) =>
  body && typeof body === 'object' && typeof body.amountFen === 'number' ? { ...body, amountFen: Math.max(1, Math.min(body.amountFen, MAX_SANE_FEN)) } : body

const postingDefect =
  'amounts are only checked to be safe integers, so postings can take a running balance past ' +
  'Number.MAX_SAFE_INTEGER fen (three of 4e15 do); the SDK then refuses to marshal the head update, and ' +
  'ChainAppender takes that deterministic error for a lost race: 60 tries (~30 s, 120 calls), then 409 LedgerBusy'

export const KNOWN_DEFECTS: KnownDefect[] = [
  { route: 'ledger.publicIncome.record', defect: postingDefect, avoid: ({ body, query }) => ({ body: clampFen(body), query }) },
]
