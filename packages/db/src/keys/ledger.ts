/** Seqs are zero-padded so the sort key orders the chain; ten digits outlast any compound. */
const pad = (seq: number) => String(seq).padStart(10, '0')

/**
 * Keys of the ledger context. The chain of a compound is one partition (`C#<cid>#JOURNAL`): its head, its
 * entries by seq, one idempotency item per entry id, and the published checkpoints.
 */
export const ledgerKeys = {
  journalPartition: (cid: string) => `C#${cid}#JOURNAL`,
  chainHead: (cid: string) => ({ PK: `C#${cid}#JOURNAL`, SK: 'HEAD' }),
  entry: (cid: string, seq: number) => ({ PK: `C#${cid}#JOURNAL`, SK: `E#${pad(seq)}` }),
  entrySk: (seq: number) => `E#${pad(seq)}`,
  /** Exists once an entry id is on the chain: the idempotency item, put in the same transaction. */
  entryId: (cid: string, entryId: string) => ({ PK: `C#${cid}#JOURNAL`, SK: `ID#${entryId}` }),
  entryIdPrefix: 'ID#',
  entryByMonth: (cid: string, month: string, seq: number) => ({
    GSI1PK: `C#${cid}#JM#${month}`,
    GSI1SK: `E#${pad(seq)}`,
  }),
  /**
   * What happened to an entry since it was posted (LG26): the bank line that confirmed it, its reversal, or for a
   * reversal the seq it reverses. A sibling of the entry, never the entry (whose hashed fields are immutable):
   * its GSI1 keys file it in the entry's month right after the entry, so a month's page reads both at once.
   */
  lineMark: (cid: string, seq: number) => ({ PK: `C#${cid}#JMARK`, SK: `E#${pad(seq)}` }),
  lineMarkByMonth: (cid: string, month: string, seq: number) => ({
    GSI1PK: `C#${cid}#JM#${month}`,
    GSI1SK: `E#${pad(seq)}#MARK`,
  }),
  /** Bill-linked entries (bills, payments, their reversals) by the unit's ledger reference. */
  entryByUnit: (cid: string, ref: string, seq: number) => ({ GSI2PK: `C#${cid}#JU#${ref}`, GSI2SK: `E#${pad(seq)}` }),
  checkpoint: (cid: string, seq: number) => ({ PK: `C#${cid}#JOURNAL`, SK: `CP#${pad(seq)}` }),
  checkpointPrefix: 'CP#',
  /** A ledger month's totals by entry kind and account, kept in the posting transactions (month-totals.ts). */
  monthTotals: (cid: string, month: string) => ({ PK: `C#${cid}#JOURNAL`, SK: `TOT#${month}` }),

  ledgerPolicy: (cid: string) => ({ PK: `C#${cid}#LEDGER`, SK: 'POLICY' }),
  budget: (cid: string, year: number) => ({ PK: `C#${cid}#LEDGER`, SK: `BUDGET#${year}` }),
  monthClose: (cid: string, month: string) => ({ PK: `C#${cid}#LEDGER`, SK: `CLOSE#${month}` }),

  bill: (cid: string, billId: string) => ({ PK: `C#${cid}#BILL`, SK: `B#${billId}` }),
  billByUnit: (cid: string, unitId: string, period: string) => ({ GSI1PK: `C#${cid}#UBILL#${unitId}`, GSI1SK: period }),
  billByPeriod: (cid: string, period: string, unitId: string) => ({
    GSI2PK: `C#${cid}#PBILL#${period}`,
    GSI2SK: unitId,
  }),

  expense: (cid: string, expenseId: string) => ({ PK: `C#${cid}#EXP`, SK: `X#${expenseId}` }),
  expenseByStatus: (cid: string, status: string, createdAt: string, expenseId: string) => ({
    GSI1PK: `C#${cid}#EXP#${status}`,
    GSI1SK: `${createdAt}#${expenseId}`,
  }),
  expenseByTime: (cid: string, createdAt: string, expenseId: string) => ({
    GSI2PK: `C#${cid}#EXPALL`,
    GSI2SK: `${createdAt}#${expenseId}`,
  }),

  /** Which expense a passed motion backs: written once, so one motion backs one expense (F3). */
  motionUse: (cid: string, meetingId: string, motionId: string) => ({
    PK: `C#${cid}#EXP`,
    SK: `M#${meetingId}#${motionId}`,
  }),
  motionUsePrefix: 'M#',

  /**
   * Crowdfunded projects (F13) of a compound share one partition: each project (`P#`), each household's pledge
   * (`Q#<projectId>#<unitId>`: one per unit), and the motion each project rests on (`M#`: one project per motion).
   */
  project: (cid: string, projectId: string) => ({ PK: `C#${cid}#PROJ`, SK: `P#${projectId}` }),
  projectPrefix: 'P#',
  pledge: (cid: string, projectId: string, unitId: string) => ({ PK: `C#${cid}#PROJ`, SK: `Q#${projectId}#${unitId}` }),
  pledgePrefix: (projectId: string) => `Q#${projectId}#`,
  projectMotion: (cid: string, meetingId: string, motionId: string) => ({
    PK: `C#${cid}#PROJ`,
    SK: `M#${meetingId}#${motionId}`,
  }),

  bankLine: (cid: string, lineId: string) => ({ PK: `C#${cid}#BANK`, SK: `L#${lineId}` }),
  bankLineByState: (cid: string, matched: boolean, date: string, lineId: string) => ({
    GSI1PK: `C#${cid}#BANK#${matched ? 'matched' : 'unmatched'}`,
    GSI1SK: `${date}#${lineId}`,
  }),
  bankLineByMonth: (cid: string, month: string, date: string, lineId: string) => ({
    GSI2PK: `C#${cid}#BANKM#${month}`,
    GSI2SK: `${date}#${lineId}`,
  }),
  /** Marks an entry as confirmed by a statement line; at most one line per entry. */
  bankMatch: (cid: string, entryId: string) => ({ PK: `C#${cid}#BANK`, SK: `M#${entryId}` }),
  bankMatchByMonth: (cid: string, month: string, entryId: string) => ({
    GSI1PK: `C#${cid}#BANKMATCH#${month}`,
    GSI1SK: entryId,
  }),
  statementImport: (cid: string, fileHash: string) => ({ PK: `C#${cid}#BANK`, SK: `IMPORT#${fileHash}` }),

  /** A WeChat Pay order of an owner's bills (F12), by its merchant order number (out_trade_no). */
  payOrder: (cid: string, orderId: string) => ({ PK: `C#${cid}#PAY`, SK: `O#${orderId}` }),
  /** Which open order holds a bill: one order at a time may collect a bill, so co-owners never both pay it. */
  billHold: (cid: string, billId: string) => ({ PK: `C#${cid}#PAY`, SK: `HOLD#${billId}` }),
  /** Paid orders by the Beijing day WeChat Pay took the money: the day's trade bill is checked against them. */
  payOrderByDay: (cid: string, date: string, orderId: string) => ({
    GSI1PK: `C#${cid}#PAYDAY#${date}`,
    GSI1SK: orderId,
  }),
  /** The last check of a day's trade bill (对账单) and what it flagged. */
  payStatement: (cid: string, date: string) => ({ PK: `C#${cid}#PAY`, SK: `STMT#${date}` }),

  /**
   * The street's 美好家园 fund (S4). Its chain is a journal partition like a compound's, under the fund's chain
   * id (`streetFundChainId`); beside it, the fund's partition holds what the chain cannot: one summary item
   * (`availableFen`, `pendingFen`: set aside by proposals, so two at once never exceed the balance) and each
   * grant (`G#<grantId>`) with its proposer, approver and the entries that paid it.
   */
  streetFund: (sid: string) => ({ PK: `ST#${sid}#FUND`, SK: 'SUMMARY' }),
  fundGrant: (sid: string, grantId: string) => ({ PK: `ST#${sid}#FUND`, SK: `G#${grantId}` }),
  fundGrantPrefix: 'G#',
}
