import { z } from 'zod'

/** Building blocks shared by the assembly schemas; not exported from the package. */
export const Count = z.number().int().nonnegative().safe()
export const Hash = z.string().regex(/^[0-9a-f]{64}$/)
export const Text = (max: number) => z.string().trim().min(1).max(max)
