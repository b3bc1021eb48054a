import { z } from 'zod'
import { Id, IsoTime, Version } from '../common'

/** Emergencies in which custodians may open without the owner's consent (钥匙管家, DOMAIN H4). */
export const KeyEmergency = z.enum(['leak', 'fire', 'missed_checkin'])
export type KeyEmergency = z.infer<typeof KeyEmergency>

export const KEY_EMERGENCY_LABEL: Record<KeyEmergency, string> = {
  leak: '漏水',
  fire: '火情',
  missed_checkin: '未按时报平安',
}

export const Custodian = z.object({ userId: Id, name: z.string() })

export const KeyRelease = z.object({
  releaseId: Id,
  reason: z.string(),
  photoKey: z.string(),
  emergency: KeyEmergency.optional(),
  confirmations: z.array(z.object({ userId: Id, name: z.string(), at: IsoTime })),
  ownerConsentAt: IsoTime.optional(),
  openedAt: IsoTime,
  releasedAt: IsoTime.optional(),
  /** A custodian recorded the key is back in their keeping after the release. */
  returnedAt: IsoTime.optional(),
  returnedByName: z.string().optional(),
})
export type KeyRelease = z.infer<typeof KeyRelease>

export const KeyStatus = z.enum(['held', 'released', 'withdrawn'])

export const SpareKey = z.object({
  keyId: Id,
  compoundId: Id,
  ownerId: Id,
  ownerName: z.string(),
  label: z.string(),
  terms: z.string(),
  custodians: z.array(Custodian),
  status: KeyStatus,
  depositedAt: IsoTime,
  withdrawnAt: IsoTime.optional(),
  /** The release being gathered (confirmations, consent), or the last one that opened the door. */
  release: KeyRelease.optional(),
  version: Version,
})
export type SpareKey = z.infer<typeof SpareKey>

export const KeyParams = z.object({ compoundId: Id, keyId: Id })

export const DepositKeyRequest = z.object({
  label: z.string().trim().min(2, '请写明是哪把钥匙').max(60, '钥匙说明不能超过 60 字'),
  terms: z.string().trim().min(4, '请写明保管和取用的约定').max(300, '约定不能超过 300 字'),
  custodianIds: z
    .array(Id)
    .min(2, '至少指定两位保管人')
    .max(5, '保管人最多 5 位')
    .refine((ids) => new Set(ids).size === ids.length, '保管人不能重复'),
})
export type DepositKeyRequest = z.infer<typeof DepositKeyRequest>

export const OpenReleaseRequest = z.object({
  reason: z.string().trim().min(4, '请写明取用钥匙的原因').max(200, '原因不能超过 200 字'),
  /** A photo from the upload flow (purpose `attachment`): the key and the people present. */
  photoKey: z.string().min(1, '请拍照留存'),
  /** A recorded emergency lets the release go ahead without the owner's consent. */
  emergency: KeyEmergency.optional(),
  expectedVersion: Version,
})
export type OpenReleaseRequest = z.infer<typeof OpenReleaseRequest>

export const KeyStepRequest = z.object({ expectedVersion: Version })

export const KeyLogEntry = z.object({
  at: IsoTime,
  action: z.enum([
    'deposited',
    'release_opened',
    'release_confirmed',
    'owner_consented',
    'released',
    'returned',
    'withdrawn',
  ]),
  byName: z.string(),
  text: z.string(),
  /** The photo taken when the release was opened (the key and the people present), for the owner to see. */
  photoUrl: z.string().optional(),
})
export type KeyLogEntry = z.infer<typeof KeyLogEntry>

export const KeyList = z.object({ mine: z.array(SpareKey), custody: z.array(SpareKey) })
export const KeyLog = z.object({ key: SpareKey, entries: z.array(KeyLogEntry) })
