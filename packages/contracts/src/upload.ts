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

export type UploadPurpose = z.infer<typeof UploadPurpose>

export const UploadContentType = z.enum(['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'application/pdf'])
export type UploadContentType = z.infer<typeof UploadContentType>

const IMAGES = ['image/jpeg', 'image/png', 'image/webp', 'image/heic'] as const
const IMAGES_OR_PDF = [...IMAGES, 'application/pdf'] as const

/** What each purpose may be (issue 15 item 2): a ticket photo is an image; documents may also be PDFs. */
export const UPLOAD_TYPES: Record<UploadPurpose, readonly UploadContentType[]> = {
  ticket_photo: IMAGES,
  binding_evidence: IMAGES_OR_PDF,
  receipt: IMAGES_OR_PDF,
  ballot_scan: IMAGES_OR_PDF,
  attachment: IMAGES_OR_PDF,
  filing_document: IMAGES_OR_PDF,
}

export const UploadRequest = z
  .object({
    purpose: UploadPurpose,
    contentType: UploadContentType,
    size: z.number().int().safe().positive().max(UPLOAD_MAX_BYTES, '文件不能超过 10 MB'),
  })
  .refine((r) => UPLOAD_TYPES[r.purpose].includes(r.contentType), {
    path: ['contentType'],
    message: '这类文件只能是图片',
  })

export const UploadTicket = z.object({
  key: z.string(),
  url: z.string(),
  method: z.literal('PUT'),
  headers: z.record(z.string()),
  expiresAt: z.string(),
})
export type UploadTicket = z.infer<typeof UploadTicket>
