import { z } from 'zod'

/** Building blocks shared by the assembly schemas; not exported from the package. */
export { Count } from '../common'
export const Hash = z.string().regex(/^[0-9a-f]{64}$/)
export const Text = (max: number) => z.string().trim().min(1).max(max)
