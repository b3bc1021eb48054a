import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb'
import type { CompanyVersion, PartyBranchVersion } from '@jiayuan/contracts'
import type { Db } from '../client'
import { eventPut } from '../events'
import { isConditionFailure, toEntity } from '../items'
import { keys } from '../keys'
import { putNew } from '../put-if-revision'
import { queryAll } from '../query-all'
import { compoundFactsUpdate, figureRefOf } from '../oversight/figures'

export type PartyRecordKind = 'BRANCH' | 'COMPANY'

/** Every kept version of the Party branch and the property company, newest first (GV1). */
export async function listPartyVersions(
  db: Db,
  compoundId: string,
): Promise<{ branch: PartyBranchVersion[]; company: CompanyVersion[] }> {
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk',
    ExpressionAttributeValues: { ':pk': keys.partyPartition(compoundId) },
    ScanIndexForward: false,
    ConsistentRead: true,
  })
  const of = <T>(kind: PartyRecordKind) =>
    items.filter((i) => String(i.SK).startsWith(`${kind}#V#`)).map((i) => toEntity<T>(i) as T)
  return { branch: of<PartyBranchVersion>('BRANCH'), company: of<CompanyVersion>('COMPANY') }
}

/**
 * Appends a version: it lands only if that version number is still free, so two editors who read the same
 * version cannot both write the next one (false: someone was first). The event goes in the same transaction.
 */
export async function appendPartyVersion(
  db: Db,
  compoundId: string,
  kind: PartyRecordKind,
  version: Omit<PartyBranchVersion, 'record'> & { record: PartyBranchVersion['record'] | CompanyVersion['record'] },
  actorId: string,
): Promise<boolean> {
  const item = { ...keys.partyVersion(compoundId, kind, version.version), type: 'party_record', kind, ...version }
  // The street's facts (G1 for S5): a branch on record, the company's name, written with the version.
  const ref = await figureRefOf(db, compoundId)
  const facts =
    kind === 'BRANCH' ? { hasPartyBranch: true } : { companyName: (version.record as { name: string }).name }
  try {
    await db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          putNew(db, item),
          eventPut(db, {
            compoundId,
            action: kind === 'BRANCH' ? 'party_branch.recorded' : 'property_company.recorded',
            actorId,
            at: version.at,
            subject: `${kind}#${version.version}`,
            reason: version.reason,
          }),
          ...(ref ? [compoundFactsUpdate(db, ref, facts, version.at)] : []),
        ],
      }),
    )
    return true
  } catch (err) {
    if (isConditionFailure(err)) return false
    throw err
  }
}

export interface CommitteeRecordItem {
  kind: 'election' | 'filing'
  title?: string
  termStart: string
  termEnd: string
  userIds: string[]
  at: string
}

/** The committee's election results and filings as recorded when the roles were granted (G1). */
export async function listCommitteeRecords(db: Db, compoundId: string): Promise<CommitteeRecordItem[]> {
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk',
    ExpressionAttributeValues: { ':pk': keys.committeeRecord(compoundId, '').PK },
  })
  return items.map((i) => toEntity<CommitteeRecordItem>(i) as CommitteeRecordItem)
}
