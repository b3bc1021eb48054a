import { TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb'
import type { Membership } from '@jiayuan/contracts'
import type { Db } from './client'
import { keys } from './keys'
import type { TransactItem } from './transact'

/**
 * The caller's membership changed between the access check and the write (a role or grid taken away, the person
 * removed): the write was not made. The API reads the membership afresh and decides again.
 */
export class AccessChanged extends Error {
  constructor() {
    super('the membership the access check read has changed')
    this.name = 'AccessChanged'
  }
}

/**
 * The condition that the membership item still says what the access check decided on: the roles, grids, units,
 * owner id and committee term, each equal or, where the check read none, still absent. DynamoDB compares sets
 * and maps by content (EQ is defined for every type), and the roles, grids and units are stored as string sets
 * (users.ts `membershipItem`).
 */
export function membershipGuard(db: Db, userId: string, m: Membership): TransactItem {
  const fields: Array<[string, unknown]> = [
    ['roles', m.roles.length ? new Set(m.roles) : undefined],
    ['gridIds', m.gridIds.length ? new Set(m.gridIds) : undefined],
    ['unitIds', m.unitIds.length ? new Set(m.unitIds) : undefined],
    ['ownerId', m.ownerId],
    ['committee', m.committee],
  ]
  const names: Record<string, string> = {}
  const values: Record<string, unknown> = {}
  const terms = ['attribute_exists(PK)']
  fields.forEach(([field, value], i) => {
    names[`#g${i}`] = field
    if (value === undefined) terms.push(`attribute_not_exists(#g${i})`)
    else {
      values[`:g${i}`] = value
      terms.push(`#g${i} = :g${i}`)
    }
  })
  return {
    ConditionCheck: {
      TableName: db.table,
      Key: keys.membership(userId, m.compoundId),
      ConditionExpression: terms.join(' AND '),
      ExpressionAttributeNames: names,
      ...(Object.keys(values).length ? { ExpressionAttributeValues: values } : {}),
    },
  }
}

/** Commands that write without a transaction (document and low-level names). */
const PLAIN_WRITE = /^(Put|Update|Delete|BatchWrite)(Item)?Command$/

/**
 * The Db a write route works through when its access check is carried by its transaction instead of a fresh read
 * before it (app.ts): every transaction it sends also checks `guard`, the caller's membership as the check read
 * it, so the write lands only if that membership is still the same when it commits (stronger than a read before
 * the write, which a change between the two would slip past).
 *
 * - A transaction cancelled by the guard throws `AccessChanged`; cancelled otherwise, the guard's reason is taken
 *   off its `CancellationReasons`, so the route's own reading of them by position is unchanged.
 * - A write outside a transaction before the first guarded one has committed is refused (thrown): nothing may be
 *   written on an access check no condition has held yet. Once one has committed, the request's follow-up writes
 *   go as they are.
 * - A writer that commits many requests' writes in one transaction (a new ticket's, ticket-births.ts) sends on the
 *   Db under it with each request's check among them (`heldAccessOf`), and says which committed.
 * - Reads go through unchanged.
 */
export function guardedDb(db: Db, guard: TransactItem): Db {
  let held = false
  const doc = Object.create(db.doc) as DynamoDBDocumentClient
  const send = db.doc.send.bind(db.doc) as (command: unknown, ...rest: unknown[]) => Promise<unknown>
  const guarded = async (command: unknown, ...rest: unknown[]): Promise<unknown> => {
    if (command instanceof TransactWriteCommand && !held) {
      const items = command.input.TransactItems ?? []
      try {
        const out = await send(
          new TransactWriteCommand({ ...command.input, TransactItems: [...items, guard] }),
          ...rest,
        )
        held = true
        return out
      } catch (err) {
        throw withoutGuard(err, items.length)
      }
    }
    const name = (command as { constructor?: { name?: string } })?.constructor?.name ?? ''
    if (!held && PLAIN_WRITE.test(name))
      throw new Error(`${name} before the transaction that holds the caller's access (access-guard.ts)`)
    return send(command, ...rest)
  }
  doc.send = guarded as DynamoDBDocumentClient['send']
  const out = { ...db, doc }
  guardedDbs.set(out, {
    base: db,
    guard,
    hold: () => {
      held = true
    },
  })
  return out
}

/** What a guarded Db holds: the Db under it, the caller's check, and how to say a write carrying it committed. */
export interface HeldAccess {
  base: Db
  guard: TransactItem
  /** The check rode in a transaction that committed (one sent on `base`): later plain writes may go. */
  hold(): void
}

const guardedDbs = new WeakMap<Db, HeldAccess>()

/**
 * The access check a guarded Db carries, for a writer that commits many requests' writes in one transaction and
 * so puts each request's check in itself (tickets/ticket-births.ts); undefined for a Db that carries none.
 */
export function heldAccessOf(db: Db): HeldAccess | undefined {
  return guardedDbs.get(db)
}

/**
 * The error the route sees: `AccessChanged` if the guard (at `index`) refused or met a write of the membership,
 * else the cancellation without the guard's reason.
 */
function withoutGuard(err: unknown, index: number): unknown {
  const e = err as { name?: string; CancellationReasons?: Array<{ Code?: string }> }
  if (e.name !== 'TransactionCanceledException' || !Array.isArray(e.CancellationReasons)) return err
  // Refused, or held by a write of the membership at that moment: either way decided again on a fresh read.
  const code = e.CancellationReasons[index]?.Code
  if (code === 'ConditionalCheckFailed' || code === 'TransactionConflict') return new AccessChanged()
  e.CancellationReasons = e.CancellationReasons.slice(0, index)
  return err
}
