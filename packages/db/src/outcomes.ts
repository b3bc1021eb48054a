/**
 * What packages/db reports in its own terms when a read or a write could not do what was asked. It does not
 * decide what that means for a person: apps/api turns these into the domain's named errors
 * (apps/api/src/http/store-outcomes.ts), next to the one table of status codes.
 */

/** Items a read or a conditioned write needed and did not find. */
export type MissingItem =
  'compound' | 'user' | 'member' | 'ticket' | 'report' | 'message' | 'binding' | 'bulletin' | 'community' | 'invite'

export class ItemMissing extends Error {
  constructor(readonly item: MissingItem) {
    super(`${item} not found`)
    this.name = 'ItemMissing'
  }
}

/** Writes refused by their condition, named by what the store found instead. */
export type Refusal =
  | 'BindingPending'
  | 'HouseholdAlreadyRated'
  | 'BindingAlreadyDecided'
  | 'BindingNotApplicable'
  | 'BallotVersionTaken'
  | 'ProxyAlreadyRegistered'
  | 'ProxyCapReached'
  | 'ProxyRegistrationRace'
  | 'DeliveryRecordedMeanwhile'
  | 'MeetingExists'
  | 'MeetingChanged'
  | 'ReportPublished'
  | 'ReportVersionTaken'
  | 'DisclosureChanged'
  | 'TicketIdTaken'
  | 'TicketBusy'
  | 'WorkerCapReached'
  | 'BulletinWithdrawn'
  | 'InviteTaken'
  | 'MemberChanged'
  | 'UnitChanged'
  | 'GridChanged'

export class WriteRefused extends Error {
  constructor(
    readonly refusal: Refusal,
    readonly details: Readonly<Record<string, string | number>> = {},
  ) {
    super(`write refused: ${refusal}`)
    this.name = 'WriteRefused'
  }
}
