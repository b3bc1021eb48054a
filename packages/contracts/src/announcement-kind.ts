import { z } from 'zod'

/** The kinds of compound-wide announcement (inbox.ts); apart so ticket notifications can name them without a cycle. */
export const AnnouncementKind = z.enum([
  'meeting_notice',
  'voting_extended',
  'result_preliminary',
  'result_final',
  'report_published',
  /** A notice staff or the committee wrote (公告, bulletins.ts). */
  'bulletin',
])
export type AnnouncementKind = z.infer<typeof AnnouncementKind>
