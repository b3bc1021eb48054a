import { z } from 'zod'
import { AreaCentiSqm, CsvRowError, Id } from './common'
import { Building, Owner, Ownership, Unit } from './compound'

/**
 * The roll CSV: one row per (unit, owner). A co-owned unit has one row per co-owner, exactly one of them
 * marked as the voter. Areas are written in m² with at most two decimals, e.g. `89.35`.
 */
export const ROLL_CSV_COLUMNS = [
  'building_id',
  'building_name',
  'unit_id',
  'unit_label',
  'kind',
  'status',
  'registered_area',
  'surveyed_area',
  'contract_area',
  'owner_id',
  'owner_kind',
  'owner_name',
  'owner_phone',
  'is_developer',
  'is_voter',
] as const

export const RollImportRequest = z.object({
  csv: z.string().min(1, 'the file is empty').max(5_000_000),
  /** Check the file and report what would change without writing. */
  dryRun: z.boolean().optional(),
})

export const RollRowError = CsvRowError
export type RollRowError = CsvRowError

export const RollImportResult = z.object({
  dryRun: z.boolean(),
  fileHash: z.string(),
  rows: z.number().int(),
  buildings: z.number().int(),
  units: z.number().int(),
  owners: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
})
export type RollImportResult = z.infer<typeof RollImportResult>

export const BuildingSummary = Building.extend({
  units: z.number().int(),
  totalArea: AreaCentiSqm,
})

export const Roll = z.object({
  buildings: z.array(Building),
  units: z.array(Unit),
  owners: z.array(Owner),
  ownerships: z.array(Ownership),
})
export type Roll = z.infer<typeof Roll>

export const UnitListQuery = z.object({ buildingId: Id.optional() })
