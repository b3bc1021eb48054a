// Shared by the tickets endpoint files; ids and paths are part of the public API and never change.
export const context = 'tickets'
export const base = '/v1/compounds/{compoundId}/tickets'
export const reporters = ['resident', 'owner'] as const
/** Everyone who may take part in a ticket; the domain then checks what this caller may do to this ticket. */
export const parties = ['resident', 'owner', 'grid_worker', 'property_staff'] as const
