import type { PublicTicket, Ticket } from '@jiayuan/contracts'
import { publicPartText } from '@jiayuan/domain'

type BuildingNames = ReadonlyMap<string, string>

/** Where a ticket is, for its requester and handlers: the unit's roll label, a building, or a public area. */
export function placeText(ticket: Pick<Ticket, 'location' | 'unitLabel'>, buildings: BuildingNames): string {
  const { location } = ticket
  if (location.kind === 'unit') return ticket.unitLabel ?? '某户'
  if (location.kind === 'building')
    return publicPartText(buildings.get(location.buildingId) ?? location.buildingId, location)
  return location.name
}

/** The public board's place: a unit only as the API masked it (DOMAIN P1). */
export function publicPlaceText(ticket: Pick<PublicTicket, 'location'>, buildings: BuildingNames): string {
  const { location } = ticket
  if (location.kind === 'unit') return location.maskedLabel
  if (location.kind === 'building')
    return publicPartText(buildings.get(location.buildingId) ?? location.buildingId, location)
  return location.name
}

export function categoryName(categories: ReadonlyArray<{ id: string; name: string }>, id: string): string {
  return categories.find((c) => c.id === id)?.name ?? id
}
