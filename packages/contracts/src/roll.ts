import { z } from 'zod'
import { AreaCentiSqm, CsvRowError, Id } from './common'
import { Building, Owner, Ownership, Unit, UnitKind, UnitStatus } from './compound'
import { NextCursor, cursorOf, pageLimit } from './paging'

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

type RollColumn = (typeof ROLL_CSV_COLUMNS)[number]

/**
 * Each column as a committee reads it. A file's header may name a column by its code (`building_id`), by this
 * label (`楼栋编号`) or by both (`楼栋编号（building_id）`, as the template writes it).
 */
export const ROLL_COLUMN_LABEL: Record<RollColumn, string> = {
  building_id: '楼栋编号',
  building_name: '楼栋名称',
  unit_id: '房屋编号',
  unit_label: '房号',
  kind: '房屋类型',
  status: '房屋状态',
  registered_area: '登记面积',
  surveyed_area: '实测面积',
  contract_area: '合同面积',
  owner_id: '业主编号',
  owner_kind: '业主类型',
  owner_name: '业主姓名',
  owner_phone: '业主电话',
  is_developer: '是否开发商',
  is_voter: '是否投票人',
}

/** Largest roll file accepted, in bytes: well inside API Gateway's 10 MB body once base64 adds a third. */
export const ROLL_FILE_MAX_BYTES = 5_000_000

/** A roll file as chosen by the person: its name and its bytes, base64. CSV (UTF-8) or Excel .xlsx. */
export const RollFile = z.object({
  name: z.string().trim().min(1).max(120),
  contentBase64: z
    .string()
    .min(1, '文件是空的')
    .max(Math.ceil(ROLL_FILE_MAX_BYTES / 3) * 4, '文件超过 5 MB')
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, '文件内容须为 base64'),
})
export type RollFile = z.infer<typeof RollFile>

/** A file (`file`, from the picker) or pasted CSV text (`csv`, for scripts); exactly one of them. */
export const RollImportRequest = z
  .object({
    csv: z.string().min(1, '文件是空的').max(5_000_000).optional(),
    file: RollFile.optional(),
    /** Check the file and report what would change without writing. */
    dryRun: z.boolean().optional(),
  })
  .superRefine((b, ctx) => {
    if ((b.csv === undefined) === (b.file === undefined))
      ctx.addIssue({ code: 'custom', path: ['file'], message: '请选择一个花名册文件（CSV 或 Excel .xlsx）' })
  })

export const RollRowError = CsvRowError
export type RollRowError = CsvRowError

export const RollImportResult = z.object({
  dryRun: z.boolean(),
  fileHash: z.string(),
  rows: z.number().int().safe(),
  buildings: z.number().int().safe(),
  units: z.number().int().safe(),
  owners: z.number().int().safe(),
  created: z.number().int().safe(),
  updated: z.number().int().safe(),
  unchanged: z.number().int().safe(),
})
export type RollImportResult = z.infer<typeof RollImportResult>

export const BuildingSummary = Building.extend({
  units: z.number().int().safe(),
  totalArea: AreaCentiSqm,
})

export const Roll = z.object({
  buildings: z.array(Building),
  units: z.array(Unit),
  owners: z.array(Owner),
  ownerships: z.array(Ownership),
})
export type Roll = z.infer<typeof Roll>

/** Items of the roll a page: about a phone screen of rows by default. */
export const ROLL_PAGE = { phone: 50, most: 200 } as const

/**
 * One page of the roll (roll.get): the roll's items in key order (buildings, ownerships, owners, units), at most
 * `limit` of them; the pages joined are the whole roll. `cursor` is the previous page's `nextCursor`.
 */
export const RollQuery = z.object({
  cursor: cursorOf(/^(B|L|O|U|IMPORT)#[A-Za-z0-9_#-]{1,200}$/).optional(),
  limit: pageLimit(ROLL_PAGE.phone, ROLL_PAGE.most),
})

export const RollPage = Roll.extend({ nextCursor: NextCursor })
export type RollPage = z.infer<typeof RollPage>

export const UnitListQuery = z.object({ buildingId: Id.optional() })

/** One unit changed by hand (DOMAIN V4: the area used follows registered, else surveyed, else contract). */
export const UnitUpdate = z.object({
  kind: UnitKind,
  status: UnitStatus,
  registeredArea: AreaCentiSqm.nullable(),
  surveyedArea: AreaCentiSqm.nullable(),
  contractArea: AreaCentiSqm.nullable(),
  reason: z.string().trim().min(1, '请写明修改原因').max(200),
})
export type UnitUpdate = z.infer<typeof UnitUpdate>

export const UnitParams = z.object({ compoundId: Id, unitId: Id })
