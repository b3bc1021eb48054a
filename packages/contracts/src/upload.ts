import { z } from 'zod'

export const UPLOAD_MAX_BYTES = 10 * 1024 * 1024

export const UploadPurpose = z.enum([
  'binding_evidence',
  'ticket_photo',
  'receipt',
  'ballot_scan',
  'attachment',
  'filing_document',
])

export const UploadRequest = z.object({
  purpose: UploadPurpose,
  contentType: z.enum(['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'application/pdf']),
  size: z.number().int().safe().positive().max(UPLOAD_MAX_BYTES, '文件不能超过 10 MB'),
})

export const UploadTicket = z.object({
  key: z.string(),
  url: z.string(),
  method: z.literal('PUT'),
  headers: z.record(z.string()),
  expiresAt: z.string(),
})
export type UploadTicket = z.infer<typeof UploadTicket>
