// Shared by the reports endpoint files; ids and paths are part of the public API and never change.
// Residents read what is published; the committee drafts, edits and publishes.
export const context = 'reports'
export const base = '/v1/compounds/{compoundId}/reports'
export const disclosure = '/v1/compounds/{compoundId}/disclosure'
export const evaluations = '/v1/compounds/{compoundId}/evaluations'
export const editors = ['committee_member', 'property_staff'] as const
export const committee = ['committee_member'] as const
