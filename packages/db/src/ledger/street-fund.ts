import { createHash } from 'node:crypto'
import { GetCommand } from '@aws-sdk/lib-dynamodb'
import type { Evidence, FundIncomeSource, GrantStatus, GrantTarget, JournalEntry } from '@jiayuan/contracts'
import { STREET_FUND_NAME } from '@jiayuan/contracts'
import { BANK_ACCOUNT, RuleViolation, evidenceRef, projectAccount } from '@jiayuan/domain'
import type { Db } from '../client'
import { eventPut } from '../events'
import { toEntity } from '../items'
import { keys } from '../keys'
import { putNew } from '../put-if-revision'
import { queryAll } from '../query-all'
import { cancellationCodes, transactRetryingConflicts, type TransactItem } from '../transact'
import { PostingRejected } from './append-failures'
import { appendOne, type Posted } from './chain-appender'
import { postingId } from './ids'

/**
 * The street's 美好家园 fund (DOMAIN S4) on the same chain machinery as a compound's books (F2, F10): its chain is
 * the journal partition of `streetFundChainId(streetId)`, so the appender, the head's balances, the month totals
 * and the verifier are the ones every compound uses. Postings:
 *   income: debit `asset:bank`, credit `street:allocation` or `street:donation`;
 *   grant:  debit `street:grant` (an improvement project) or `street:match` (a crowdfund match), credit the bank.
 * A match also lands on the compound's chain as money into the project's fund (`project:<id>`), counterparty
 * 美好家园基金.
 */
export const streetFundChainId = (streetId: string) => `fund_${streetId}`.slice(0, 64)

export interface GrantRecord {
  grantId: string
  streetId: string
  target: GrantTarget
  compoundName: string
  projectTitle: string
  amountFen: number
  memo: string
  evidence: Evidence[]
  status: GrantStatus
  proposedBy: string
  proposedByName: string
  proposedAt: string
  approvedBy?: string
  approvedByName?: string
  approvedAt?: string
  streetSeq?: number
  compoundSeq?: number
}

export interface FundSummary {
  /** Income less grants posted less grants pending: what a new proposal may take. */
  availableFen: number
  pendingFen: number
}

const hashId = (prefix: string, basis: string) =>
  `${prefix}_${createHash('sha256').update(basis).digest('hex').slice(0, 32)}`

/** A proposal's id follows from its proposer's idempotency key, so a retried proposal finds the first. */
export const grantIdOf = (streetId: string, actorId: string, idempotencyKey: string) =>
  hashId('gr', `${streetId}|${actorId}|${idempotencyKey}`)

export async function readFundSummary(db: Db, streetId: string): Promise<FundSummary> {
  const out = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: keys.streetFund(streetId), ConsistentRead: true }),
  )
  return toFundSummary(out.Item)
}

const toFundSummary = (item: Record<string, unknown> | undefined): FundSummary => ({
  availableFen: Number(item?.availableFen ?? 0),
  pendingFen: Number(item?.pendingFen ?? 0),
})

/**
 * The fund's summary (what proposals have set aside) and every grant, newest first: one consistent Query of the
 * fund's partition, which holds only those (`SUMMARY`, `G#<grantId>`).
 */
export async function readFund(db: Db, streetId: string): Promise<{ summary: FundSummary; grants: GrantRecord[] }> {
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk',
    ExpressionAttributeValues: { ':pk': keys.streetFund(streetId).PK },
    ConsistentRead: true,
  })
  const head = items.find((i) => i.SK === keys.streetFund(streetId).SK)
  const grants = items
    .filter((i) => String(i.SK).startsWith(keys.fundGrantPrefix))
    .map((i) => toEntity<GrantRecord>(i) as GrantRecord)
    .sort((a, b) => b.proposedAt.localeCompare(a.proposedAt))
  return { summary: toFundSummary(head), grants }
}

export async function getGrant(db: Db, streetId: string, grantId: string): Promise<GrantRecord | undefined> {
  const out = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: keys.fundGrant(streetId, grantId), ConsistentRead: true }),
  )
  return toEntity<GrantRecord>(out.Item)
}

export interface FundIncomeInput {
  source: FundIncomeSource
  amountFen: number
  counterparty: string
  valueDate: string
  memo: string
  evidence: readonly Evidence[]
  idempotencyKey: string
}

/**
 * Money into the fund: one entry (debit the bank, credit the source) that stands or falls with the summary's
 * `availableFen` growing by the amount. The entry id follows from the caller's idempotency key.
 */
export function postFundIncome(
  db: Db,
  streetId: string,
  input: FundIncomeInput,
  actor: { userId: string; at: string },
): Promise<Posted> {
  const chainId = streetFundChainId(streetId)
  const entryId = postingId('fi', chainId, { actorId: actor.userId, idempotencyKey: input.idempotencyKey })
  return appendOne(db, chainId, {
    draft: {
      entryId,
      compoundId: chainId,
      postedAt: actor.at,
      kind: 'street_income',
      memo: (input.memo || `${STREET_FUND_NAME}收入`).slice(0, 200),
      counterparty: input.counterparty,
      valueDate: input.valueDate,
      attachments: input.evidence.map(evidenceRef),
      legs: [
        { account: BANK_ACCOUNT, amountFen: input.amountFen },
        { account: `street:${input.source}`, amountFen: -input.amountFen },
      ],
    },
    actorId: actor.userId,
    with: (entry) => [
      {
        Update: {
          TableName: db.table,
          Key: keys.streetFund(streetId),
          UpdateExpression:
            'SET #type = :type, availableFen = if_not_exists(availableFen, :zero) + :a, ' +
            'pendingFen = if_not_exists(pendingFen, :zero)',
          ExpressionAttributeNames: { '#type': 'type' },
          ExpressionAttributeValues: { ':type': 'street_fund', ':a': input.amountFen, ':zero': 0 },
        },
      },
      eventPut(db, {
        compoundId: chainId,
        action: 'street.fund_income',
        actorId: actor.userId,
        at: actor.at,
        subject: entry.entryId,
        data: { seq: entry.seq, amountFen: input.amountFen, source: input.source },
      }),
    ],
  })
}

export type GrantInsert =
  { outcome: 'created' | 'replayed'; grant: GrantRecord } | { outcome: 'insufficient'; availableFen: number }

/**
 * Stores a proposal and sets its amount aside, in one transaction: the summary's `availableFen` shrinks only
 * while it stays at or above zero (`availableFen >= amount`), so two proposals at once that together exceed the
 * fund: the store lets exactly one through. A pending grant therefore counts against the balance.
 */
export async function insertGrant(db: Db, grant: GrantRecord): Promise<GrantInsert> {
  const chainId = streetFundChainId(grant.streetId)
  try {
    await transactRetryingConflicts(db, [
      putNew(db, { ...keys.fundGrant(grant.streetId, grant.grantId), type: 'street_fund_grant', ...grant }),
      {
        Update: {
          TableName: db.table,
          Key: keys.streetFund(grant.streetId),
          UpdateExpression: 'SET availableFen = availableFen - :a, pendingFen = pendingFen + :a',
          ConditionExpression: 'availableFen >= :a',
          ExpressionAttributeValues: { ':a': grant.amountFen },
        },
      },
      eventPut(db, {
        compoundId: chainId,
        action: 'street.fund_grant_proposed',
        actorId: grant.proposedBy,
        at: grant.proposedAt,
        subject: grant.grantId,
        data: { amountFen: grant.amountFen, ...grant.target },
      }),
    ])
    return { outcome: 'created', grant }
  } catch (err) {
    const codes = cancellationCodes(err)
    if (!codes) throw err
    const existing = await getGrant(db, grant.streetId, grant.grantId)
    if (existing) return { outcome: 'replayed', grant: existing }
    if (codes[1] === 'ConditionalCheckFailed')
      return { outcome: 'insufficient', availableFen: (await readFundSummary(db, grant.streetId)).availableFen }
    throw err
  }
}

export type GrantApproval = { outcome: 'approved'; grant: GrantRecord } | { outcome: 'already' | 'own' }

/**
 * Pays an approved grant out of the fund (F3): one entry (debit `street:grant` or `street:match`, credit the
 * bank) that stands or falls with the grant turning from pending to approved by someone other than its proposer
 * (`proposedBy <> approver`, checked by the store) and the summary's pending sum shrinking. The entry id follows
 * from the grant, so two approvals at once post once; the guard refuses a payment past the bank balance.
 */
export async function approveGrantPosting(
  db: Db,
  grant: GrantRecord,
  approver: { userId: string; name: string; at: string },
): Promise<GrantApproval> {
  const chainId = streetFundChainId(grant.streetId)
  const heading = grant.target.kind === 'crowdfund' ? 'street:match' : 'street:grant'
  const label = grant.target.kind === 'crowdfund' ? '众筹配捐' : '提升项目拨付'
  let seq = 0
  let posted: Posted
  try {
    posted = await appendOne(db, chainId, {
      draft: {
        entryId: hashId('fg', `${chainId}|${grant.grantId}`),
        compoundId: chainId,
        postedAt: approver.at,
        kind: 'street_grant',
        memo: `${label}：${grant.projectTitle}`.slice(0, 200),
        counterparty: grant.compoundName.slice(0, 80),
        reference: grant.grantId.slice(0, 64),
        attachments: grant.evidence.map(evidenceRef),
        legs: [
          { account: heading, amountFen: grant.amountFen },
          { account: BANK_ACCOUNT, amountFen: -grant.amountFen },
        ],
      },
      actorId: approver.userId,
      guard: (balances) => {
        if ((balances[BANK_ACCOUNT] ?? 0) < grant.amountFen)
          throw new RuleViolation('FundInsufficient', `${STREET_FUND_NAME}余额不足`, [
            { field: 'amountFen', message: '超过基金余额' },
          ])
      },
      with: (entry) => {
        seq = entry.seq
        return [
          {
            Update: {
              TableName: db.table,
              Key: keys.fundGrant(grant.streetId, grant.grantId),
              UpdateExpression:
                'SET #status = :approved, approvedBy = :me, approvedByName = :name, approvedAt = :at, streetSeq = :seq',
              ConditionExpression: '#status = :pending AND proposedBy <> :me',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: {
                ':approved': 'approved',
                ':pending': 'pending',
                ':me': approver.userId,
                ':name': approver.name,
                ':at': approver.at,
                ':seq': entry.seq,
              },
            },
          },
          {
            Update: {
              TableName: db.table,
              Key: keys.streetFund(grant.streetId),
              UpdateExpression: 'SET pendingFen = pendingFen - :a',
              ConditionExpression: 'pendingFen >= :a',
              ExpressionAttributeValues: { ':a': grant.amountFen },
            },
          },
          eventPut(db, {
            compoundId: chainId,
            action: 'street.fund_grant_approved',
            actorId: approver.userId,
            at: approver.at,
            subject: grant.grantId,
            data: { seq: entry.seq, amountFen: grant.amountFen },
          }),
        ] satisfies TransactItem[]
      },
    })
  } catch (err) {
    if (err instanceof PostingRejected) {
      const now = await getGrant(db, grant.streetId, grant.grantId)
      if (now?.status === 'approved') return { outcome: 'already' }
      return { outcome: 'own' }
    }
    throw err
  }
  if (!posted.created) return { outcome: 'already' }
  return {
    outcome: 'approved',
    grant: {
      ...grant,
      status: 'approved',
      approvedBy: approver.userId,
      approvedByName: approver.name,
      approvedAt: approver.at,
      streetSeq: seq || posted.entry.seq,
    },
  }
}

/**
 * The match's other half (F13): money into the crowdfunded project's fund on the compound's chain, counterparty
 * 美好家园基金, standing or falling with the project's `matchedFen` and the grant's `compoundSeq`. Its entry id
 * follows from the grant, so posting it again (a retry after the street's entry landed and this one did not)
 * finds the first; the grant without `compoundSeq` is how a half-done match shows, and approving again finishes it.
 */
export async function postMatchIncome(
  db: Db,
  grant: GrantRecord,
  actor: { userId: string; at: string },
): Promise<JournalEntry> {
  const { compoundId, projectId } = grant.target
  const posted = await appendOne(db, compoundId, {
    draft: {
      entryId: hashId('pm', `${compoundId}|${grant.grantId}`),
      compoundId,
      postedAt: actor.at,
      kind: 'project_contribution',
      memo: `${STREET_FUND_NAME}配捐：${grant.projectTitle}`.slice(0, 200),
      counterparty: STREET_FUND_NAME,
      reference: grant.grantId.slice(0, 64),
      attachments: grant.evidence.map(evidenceRef),
      legs: [
        { account: BANK_ACCOUNT, amountFen: grant.amountFen },
        { account: projectAccount(projectId), amountFen: -grant.amountFen },
      ],
    },
    actorId: actor.userId,
    with: (entry) => [
      {
        Update: {
          TableName: db.table,
          Key: keys.project(compoundId, projectId),
          UpdateExpression:
            'SET matchedFen = if_not_exists(matchedFen, :zero) + :a, ' +
            'matches = list_append(if_not_exists(matches, :empty), :m)',
          ConditionExpression: 'attribute_exists(PK)',
          ExpressionAttributeValues: {
            ':a': grant.amountFen,
            ':zero': 0,
            ':empty': [],
            ':m': [{ grantId: grant.grantId, amountFen: grant.amountFen, at: actor.at, seq: entry.seq }],
          },
        },
      },
      {
        Update: {
          TableName: db.table,
          Key: keys.fundGrant(grant.streetId, grant.grantId),
          UpdateExpression: 'SET compoundSeq = :seq',
          ConditionExpression: 'attribute_not_exists(compoundSeq)',
          ExpressionAttributeValues: { ':seq': entry.seq },
        },
      },
      eventPut(db, {
        compoundId,
        action: 'ledger.project_matched',
        actorId: actor.userId,
        at: actor.at,
        subject: projectId,
        data: { seq: entry.seq, amountFen: grant.amountFen, grantId: grant.grantId },
      }),
    ],
  })
  return posted.entry
}
