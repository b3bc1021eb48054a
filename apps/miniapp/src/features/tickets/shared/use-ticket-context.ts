import { useRemote } from '../../../hooks/use-remote'
import { loadBuildings, loadCompound } from '../api'

/** What every ticket screen needs to read a ticket: the compound's categories and SLA table, building names. */
export function useTicketContext(compoundId: string | undefined) {
  return useRemote(
    () =>
      compoundId
        ? Promise.all([loadCompound(compoundId), loadBuildings(compoundId)]).then(([compound, buildings]) => ({
            settings: compound.settings,
            categories: compound.settings.ticketCategories,
            buildings,
            buildingNames: new Map(buildings.map((b) => [b.buildingId, b.name])),
          }))
        : undefined,
    [compoundId],
  )
}

export type TicketContext = NonNullable<ReturnType<typeof useTicketContext>['data']>
