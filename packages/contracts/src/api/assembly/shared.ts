import { COMPOUND_ROLES_ALL } from '../../endpoint'
import { CompoundParams, Id } from '../../common'

// Shared by the assembly endpoint files (DOMAIN §1); ids and paths are part of the public API and never change.
export const context = 'assembly'
export const committee = { kind: 'compound', roles: ['committee_member'] } as const
export const everyone = { kind: 'compound', roles: COMPOUND_ROLES_ALL } as const
export const auditors = { kind: 'compound', roles: ['owner', 'committee_member', 'community_admin'] } as const
export const base = '/v1/compounds/{compoundId}/meetings'
export const MeetingParams = CompoundParams.extend({ meetingId: Id })
