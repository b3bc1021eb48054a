import { GetCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb'
import type { CompanyColour, CompoundAssessment, PanelMember, ScoreSheet, SheetRequest } from '@jiayuan/contracts'
import type { Db } from '../client'
import { eventPut } from '../events'
import { isConditionFailure, toEntity } from '../items'
import { keys } from '../keys'
import { deliveryItem, type InboxDelivery } from '../notices/inbox'
import { compoundFactsUpdate, type FigureRef } from '../oversight/figures'
import { putNew } from '../put-if-revision'
import { queryAll } from '../query-all'
import type { TransactItem } from '../transact'

// A compound's evaluation of a quarter (DOMAIN S2): the row in the quarter's partition (AE2), its panel's score
// sheets (AE3) and each member's seat (AE4). Every sheet write adds 1 to the row's revision, so publishing on
// the revision read freezes exactly the sheets it computed from: a sheet racing the publication lands first
// (and the publication is refused) or is refused itself.

const rowOf = (item: Record<string, unknown> | undefined) => toEntity<CompoundAssessment>(item)

export async function getAssessment(
  db: Db,
  streetId: string,
  quarter: string,
  compoundId: string,
  consistent = false,
): Promise<CompoundAssessment | undefined> {
  const out = await db.doc.send(
    new GetCommand({
      TableName: db.table,
      Key: keys.assessment(streetId, quarter, compoundId),
      ConsistentRead: consistent,
    }),
  )
  return rowOf(out.Item)
}

/** Every compound's row of a street's quarter: one Query. */
export async function listQuarterAssessments(db: Db, streetId: string, quarter: string): Promise<CompoundAssessment[]> {
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk',
    ExpressionAttributeValues: { ':pk': keys.assessmentPartition(streetId, quarter) },
  })
  return items.map((i) => rowOf(i) as CompoundAssessment)
}

/** A compound's score sheets of the quarter: one Query. */
export async function listScoreSheets(
  db: Db,
  streetId: string,
  quarter: string,
  compoundId: string,
): Promise<ScoreSheet[]> {
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk',
    ExpressionAttributeValues: { ':pk': keys.scoreSheetPartition(streetId, quarter, compoundId) },
    ConsistentRead: true,
  })
  return items.map((i) => toEntity<ScoreSheet>(i) as ScoreSheet)
}

export interface PanelSeat {
  streetId: string
  quarter: string
  compoundId: string
  compoundName: string
  party: PanelMember['party']
}

/** The panels a person sits on, newest quarter first: one Query. */
export async function listPanelSeats(db: Db, userId: string): Promise<PanelSeat[]> {
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': keys.panelSeatPartition(userId) },
      ScanIndexForward: false,
      Limit: 50,
    }),
  )
  return (out.Items ?? []).map((i) => toEntity<PanelSeat>(i) as PanelSeat)
}

async function send(db: Db, items: TransactItem[]): Promise<boolean> {
  try {
    await db.doc.send(new TransactWriteCommand({ TransactItems: items }))
    return true
  } catch (err) {
    if (isConditionFailure(err)) return false
    throw err
  }
}

const rowPut = (db: Db, row: CompoundAssessment, read: CompoundAssessment | undefined): TransactItem => ({
  Put: {
    TableName: db.table,
    Item: { ...keys.assessment(row.streetId, row.quarter, row.compoundId), type: 'assessment', ...row },
    ...(read
      ? {
          ConditionExpression: '#rev = :rev AND #status = :open',
          ExpressionAttributeNames: { '#rev': 'revision', '#status': 'status' },
          ExpressionAttributeValues: { ':rev': read.revision, ':open': 'open' },
        }
      : { ConditionExpression: 'attribute_not_exists(PK)' }),
  },
})

/**
 * Names the panel: the row on the revision read (open only), a seat for each member, the seats of members no
 * longer on it removed, and the event. False when the condition refused it.
 */
export async function putPanel(
  db: Db,
  row: CompoundAssessment,
  read: CompoundAssessment | undefined,
  event: { actorId: string; at: string },
): Promise<boolean> {
  const seat = (m: PanelMember) => ({
    ...keys.panelSeat(m.userId, row.quarter, row.streetId, row.compoundId),
    type: 'panel_seat',
    streetId: row.streetId,
    quarter: row.quarter,
    compoundId: row.compoundId,
    compoundName: row.compoundName,
    party: m.party,
  })
  const stays = new Set(row.panel.map((m) => m.userId))
  return send(db, [
    rowPut(db, row, read),
    ...row.panel.map((m) => ({ Put: { TableName: db.table, Item: seat(m) } })),
    ...(read?.panel ?? [])
      .filter((m) => !stays.has(m.userId))
      .map((m) => ({
        Delete: { TableName: db.table, Key: keys.panelSeat(m.userId, row.quarter, row.streetId, row.compoundId) },
      })),
    eventPut(db, {
      compoundId: row.compoundId,
      action: 'assessment.panel_named',
      subject: `assessment:${row.quarter}`,
      actorId: event.actorId,
      at: event.at,
      data: { panel: row.panel.map((m) => ({ userId: m.userId, party: m.party })) },
    }),
  ])
}

/**
 * A panel member's sheet replaces their previous one while the evaluation is open; the row's revision goes up
 * by one in the same transaction. False when it was published meanwhile.
 */
export async function putScoreSheet(
  db: Db,
  ref: { streetId: string; quarter: string; compoundId: string },
  sheet: ScoreSheet & SheetRequest,
): Promise<boolean> {
  return send(db, [
    {
      Update: {
        TableName: db.table,
        Key: keys.assessment(ref.streetId, ref.quarter, ref.compoundId),
        UpdateExpression: 'ADD #rev :one',
        ConditionExpression: '#status = :open',
        ExpressionAttributeNames: { '#rev': 'revision', '#status': 'status' },
        ExpressionAttributeValues: { ':one': 1, ':open': 'open' },
      },
    },
    {
      Put: {
        TableName: db.table,
        Item: {
          ...keys.scoreSheet(ref.streetId, ref.quarter, ref.compoundId, sheet.userId),
          type: 'score_sheet',
          ...sheet,
        },
      },
    },
    eventPut(db, {
      compoundId: ref.compoundId,
      action: 'assessment.scored',
      subject: `assessment:${ref.quarter}`,
      actorId: sheet.userId,
      at: sheet.at,
    }),
  ])
}

/**
 * Publishes a compound's result: the row frozen with its inputs and result on the revision read (so on exactly
 * the sheets computed from), the compound's band in the street's facts (OV1, whose only writer this is), the
 * event, and one inbox message per person told. False when the condition refused it.
 */
export async function publishAssessment(
  db: Db,
  row: CompoundAssessment & Required<Pick<CompoundAssessment, 'inputs' | 'result' | 'publishedAt' | 'publishedBy'>>,
  read: CompoundAssessment,
  /** Null: a later quarter's band is already in the facts, so this one leaves them be. */
  figures: FigureRef | null,
  messages: ReadonlyArray<InboxDelivery>,
  /**
   * The colour of the compound's property company with this band (S3), written on this compound's facts and on
   * those of its other compounds; null when no company serves it or the facts are left be.
   */
  colour: { colour: CompanyColour; others: readonly FigureRef[] } | null = null,
): Promise<boolean> {
  return send(db, [
    rowPut(db, row, read),
    ...(figures
      ? [
          compoundFactsUpdate(
            db,
            figures,
            {
              band: { quarter: row.quarter, band: row.result.band, scoreX100: row.result.totalX100 },
              ...(colour ? { companyColour: colour.colour } : {}),
            },
            row.publishedAt,
          ),
          ...(colour
            ? colour.others.map((r) => compoundFactsUpdate(db, r, { companyColour: colour.colour }, row.publishedAt))
            : []),
        ]
      : []),
    eventPut(db, {
      compoundId: row.compoundId,
      action: 'assessment.published',
      subject: `assessment:${row.quarter}`,
      actorId: row.publishedBy,
      at: row.publishedAt,
      data: { totalX100: row.result.totalX100, band: row.result.band },
    }),
    ...messages.map((m) => putNew(db, deliveryItem(m))),
  ])
}
