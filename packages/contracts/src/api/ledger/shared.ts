// Shared by the ledger endpoint files (DOMAIN F1–F11); ids and paths are part of the public API and never change.
import { z } from 'zod'
import { CompoundParams, Id, MAX_COUNTER } from '../../common'

export const context = 'ledger'
/**
 * Every verified owner reads every line (F5); residents who are not owners, and grid workers, do not. The
 * property staff record (bills, payments, public income, statements, proposals); the committee approves and
 * budgets; nobody reaches another compound's books.
 */
export const readers = ['owner', 'committee_member', 'property_staff', 'community_admin'] as const
export const staff = ['property_staff'] as const
export const committee = ['committee_member'] as const
export const keepers = ['committee_member', 'community_admin'] as const
export const operators = ['property_staff', 'committee_member', 'community_admin'] as const
export const base = '/v1/compounds/{compoundId}/ledger'
export const SeqParams = CompoundParams.extend({
  seq: z.coerce.number().int().safe().positive().max(MAX_COUNTER, '序号不存在'),
})
export const ExpenseParams = CompoundParams.extend({ expenseId: Id })
