import { GetCommand } from '@aws-sdk/lib-dynamodb'
import type { Evidence, JournalEntryDraft } from '@jiayuan/contracts'
import {
  BANK_ACCOUNT,
  projectAccount,
  type PledgeRecord,
  type ProjectClosure,
  type ProjectRecord,
} from '@jiayuan/domain'
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

const strip = <T>(item: Record<string, unknown> | undefined) => toEntity<T>(item)

export async function getProject(db: Db, compoundId: string, projectId: string): Promise<ProjectRecord | undefined> {
  const out = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: keys.project(compoundId, projectId), ConsistentRead: true }),
  )
  return strip<ProjectRecord>(out.Item)
}

/** A compound's projects, newest first (one query of the projects partition, `P#` items only). */
export async function listProjects(db: Db, compoundId: string): Promise<ProjectRecord[]> {
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :p)',
    ExpressionAttributeValues: { ':pk': keys.project(compoundId, '').PK, ':p': keys.projectPrefix },
  })
  return items
    .map((i) => strip<ProjectRecord>(i) as ProjectRecord)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
}

/** A project's pledges, one per unit (strongly consistent: the page shows what was just pledged). */
export async function listPledges(db: Db, compoundId: string, projectId: string): Promise<PledgeRecord[]> {
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :p)',
    ExpressionAttributeValues: { ':pk': keys.project(compoundId, '').PK, ':p': keys.pledgePrefix(projectId) },
    ConsistentRead: true,
  })
  return items.map((i) => strip<PledgeRecord>(i) as PledgeRecord)
}

export type ProjectInsert = { outcome: 'created' | 'replayed'; project: ProjectRecord } | { outcome: 'motion_taken' }

/**
 * Stores a new project with the claim on its motion and its event, in one transaction: the project id comes
 * from the request (a retry finds the one stored first), and one motion consents to one project.
 */
export async function insertProject(db: Db, project: ProjectRecord): Promise<ProjectInsert> {
  const items = [
    putNew(db, { ...keys.project(project.compoundId, project.projectId), type: 'ledger_project', ...project }),
    putNew(db, {
      ...keys.projectMotion(project.compoundId, project.meetingId, project.motionId),
      type: 'ledger_project_motion',
      projectId: project.projectId,
    }),
    eventPut(db, {
      compoundId: project.compoundId,
      action: 'ledger.project_created',
      actorId: project.createdBy,
      at: project.createdAt,
      subject: project.projectId,
      data: { targetFen: project.targetFen, meetingId: project.meetingId, motionId: project.motionId },
    }),
  ]
  try {
    await transactRetryingConflicts(db, items)
    return { outcome: 'created', project }
  } catch (err) {
    const codes = cancellationCodes(err)
    if (!codes) throw err
    const existing = await getProject(db, project.compoundId, project.projectId)
    if (existing) return { outcome: 'replayed', project: existing }
    if (codes[1] === 'ConditionalCheckFailed') return { outcome: 'motion_taken' }
    throw err
  }
}

export type PledgeOutcome = 'pledged' | 'unit_taken' | 'project_refused'

/**
 * One household's pledge (F13), in one transaction: the pledge item is put only if the unit has none, and the
 * project's pledged sum grows only while it stays within the target (`pledgedFen <= target − amount`), before
 * the deadline and while not cancelled. Concurrent pledges therefore never pass the target or pledge a unit
 * twice, whatever the reads said.
 */
export async function putPledge(
  db: Db,
  project: ProjectRecord,
  pledge: PledgeRecord,
  now: string,
): Promise<PledgeOutcome> {
  const cid = project.compoundId
  try {
    await transactRetryingConflicts(db, [
      putNew(db, { ...keys.pledge(cid, project.projectId, pledge.unitId), type: 'ledger_pledge', ...pledge }),
      {
        Update: {
          TableName: db.table,
          Key: keys.project(cid, project.projectId),
          UpdateExpression: 'SET pledgedFen = pledgedFen + :a, pledgeCount = pledgeCount + :one',
          ConditionExpression: 'pledgedFen <= :max AND deadline > :now AND attribute_not_exists(cancelledAt)',
          ExpressionAttributeValues: {
            ':a': pledge.amountFen,
            ':one': 1,
            ':max': project.targetFen - pledge.amountFen,
            ':now': now,
          },
        },
      },
      eventPut(db, {
        compoundId: cid,
        action: 'ledger.project_pledged',
        actorId: pledge.pledgedBy,
        at: pledge.pledgedAt,
        subject: project.projectId,
        data: { amountFen: pledge.amountFen },
      }),
    ])
    return 'pledged'
  } catch (err) {
    const codes = cancellationCodes(err)
    if (!codes) throw err
    if (codes[0] === 'ConditionalCheckFailed') return 'unit_taken'
    if (codes[1] === 'ConditionalCheckFailed') return 'project_refused'
    throw err
  }
}

export interface ContributionInput {
  unitId: string
  amountFen: number
  reference: string
  idempotencyKey: string
  evidence?: Evidence[]
}

/**
 * Money received offline for a pledged unit (F13): one journal entry (debit the bank, credit the project's own
 * fund `project:<id>`) that stands or falls with the pledge's received sum (`paidFen <= pledged − amount`, so
 * never more than pledged) and the project's. The entry id follows from the receipt number, so the same receipt
 * recorded twice is one entry. A refused condition is the appender's `PostingRejected`.
 */
export async function postContribution(
  db: Db,
  project: ProjectRecord,
  pledge: PledgeRecord,
  input: ContributionInput,
  actor: { userId: string; at: string },
): Promise<Posted> {
  const cid = project.compoundId
  const entryId = postingId('pc', cid, {
    reference: `${project.projectId}|${input.reference}`,
    actorId: actor.userId,
    idempotencyKey: input.idempotencyKey,
  })
  return appendOne(db, cid, {
    draft: {
      entryId,
      compoundId: cid,
      postedAt: actor.at,
      kind: 'project_contribution',
      memo: `众筹项目收款：${project.title}`.slice(0, 200),
      reference: input.reference,
      legs: [
        { account: BANK_ACCOUNT, amountFen: input.amountFen },
        { account: projectAccount(project.projectId), amountFen: -input.amountFen },
      ],
    },
    actorId: actor.userId,
    with: (entry) => [
      {
        Update: {
          TableName: db.table,
          Key: keys.pledge(cid, project.projectId, input.unitId),
          UpdateExpression: 'SET paidFen = paidFen + :a',
          ConditionExpression: 'paidFen <= :max',
          ExpressionAttributeValues: { ':a': input.amountFen, ':max': pledge.amountFen - input.amountFen },
        },
      },
      {
        Update: {
          TableName: db.table,
          Key: keys.project(cid, project.projectId),
          UpdateExpression: 'SET paidFen = paidFen + :a',
          ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(closure)',
          ExpressionAttributeValues: { ':a': input.amountFen },
        },
      },
      eventPut(db, {
        compoundId: cid,
        action: 'ledger.project_contribution_recorded',
        actorId: actor.userId,
        at: actor.at,
        subject: project.projectId,
        data: { seq: entry.seq, unitId: input.unitId, amountFen: input.amountFen },
      }),
    ],
  })
}

/**
 * Sets an expense's amount aside in its project's fund (F3, F13), in the transaction that stores the expense:
 * only while the project is not closed and what is set aside stays within what was received
 * (`committedFen <= paid − amount`; received money only grows while the project is open). Two expenses
 * proposed at once that together exceed the fund: the store lets one through.
 */
export function reserveProjectFund(db: Db, project: ProjectRecord, amountFen: number): TransactItem {
  return {
    Update: {
      TableName: db.table,
      Key: keys.project(project.compoundId, project.projectId),
      UpdateExpression: 'SET committedFen = if_not_exists(committedFen, :zero) + :a',
      ConditionExpression:
        'attribute_not_exists(closure) AND attribute_not_exists(cancelledAt) AND ' +
        '(committedFen <= :max OR (attribute_not_exists(committedFen) AND paidFen >= :a))',
      ExpressionAttributeValues: { ':a': amountFen, ':zero': 0, ':max': project.paidFen - amountFen },
    },
  }
}

/** Gives a rejected expense's amount back to what its project's fund may still spend. */
export function releaseProjectFund(db: Db, compoundId: string, projectId: string, amountFen: number): TransactItem {
  return {
    Update: {
      TableName: db.table,
      Key: keys.project(compoundId, projectId),
      UpdateExpression: 'SET committedFen = committedFen - :a',
      ConditionExpression: 'committedFen >= :a',
      ExpressionAttributeValues: { ':a': amountFen },
    },
  }
}

/** Counts a posted expense as spent from its project's fund, in the posting's transaction (never once closed). */
export function spendProjectFund(db: Db, compoundId: string, projectId: string, amountFen: number): TransactItem {
  return {
    Update: {
      TableName: db.table,
      Key: keys.project(compoundId, projectId),
      UpdateExpression: 'SET spentFen = if_not_exists(spentFen, :zero) + :a',
      ConditionExpression: 'attribute_not_exists(closure) AND committedFen >= :a',
      ExpressionAttributeValues: { ':a': amountFen, ':zero': 0 },
    },
  }
}

export type ClosingOutcome = { outcome: 'closed'; seq?: number } | { outcome: 'changed' }

/**
 * Closes a project and posts its refunds in one transaction (F13, F10): the project's closure is written only
 * if it has none and its money is still what was read (received, committed and spent), and the refund entry
 * (debit the project's fund, credit the bank) has an id that follows from the project, so a repeated or a
 * concurrent close posts once. With nothing to refund, the closure alone is written.
 */
export async function closeProjectPosting(
  db: Db,
  project: ProjectRecord,
  closure: ProjectClosure,
  draft: JournalEntryDraft | undefined,
  actor: { userId: string; at: string },
  guard: (balances: Readonly<Record<string, number>>) => void,
): Promise<ClosingOutcome> {
  const cid = project.compoundId
  const update = (seq?: number): TransactItem => ({
    Update: {
      TableName: db.table,
      Key: keys.project(cid, project.projectId),
      UpdateExpression: 'SET closure = :c',
      ConditionExpression:
        'attribute_not_exists(closure) AND paidFen = :paid AND ' +
        '(attribute_not_exists(committedFen) OR committedFen = :spent) AND ' +
        '(attribute_not_exists(spentFen) OR spentFen = :spent)',
      ExpressionAttributeValues: {
        ':c': seq === undefined ? closure : { ...closure, refundSeq: seq },
        ':paid': project.paidFen,
        ':spent': project.spentFen ?? 0,
      },
    },
  })
  const event = (seq?: number) =>
    eventPut(db, {
      compoundId: cid,
      action: 'ledger.project_closed',
      actorId: actor.userId,
      at: actor.at,
      subject: project.projectId,
      reason: closure.reason,
      data: { outcome: closure.outcome, refundedFen: closure.refundedFen, ...(seq ? { seq } : {}) },
    })
  if (!draft) {
    try {
      await transactRetryingConflicts(db, [update(), event()])
      return { outcome: 'closed' }
    } catch (err) {
      if (cancellationCodes(err)) return { outcome: 'changed' }
      throw err
    }
  }
  try {
    const posted = await appendOne(db, cid, {
      draft,
      actorId: actor.userId,
      guard,
      with: (entry) => [update(entry.seq), event(entry.seq)],
    })
    return { outcome: 'closed', seq: posted.entry.seq }
  } catch (err) {
    if (err instanceof PostingRejected) return { outcome: 'changed' }
    throw err
  }
}
