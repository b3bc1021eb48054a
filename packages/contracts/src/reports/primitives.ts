import { z } from 'zod'
import { LedgerMonth } from '../ledger'

/** Shared by the report schemas; only ReportMonth and Quarter are exported from the package. */
export { Count } from '../common'
export const Text = (max: number) => z.string().trim().max(max)

export const ReportMonth = LedgerMonth
export type ReportMonth = z.infer<typeof ReportMonth>

/** `2025-Q1`: the Asia/Shanghai calendar quarter an evaluation belongs to. */
export const Quarter = z.string().regex(/^\d{4}-Q[1-4]$/, '应为季度（YYYY-Qn）')
export type Quarter = z.infer<typeof Quarter>
