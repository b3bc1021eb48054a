import { above, rectification, type BodyOf, type RectFilter, type RectificationView } from '@jiayuan/contracts'
import { call } from '../../lib/api'
import type { PhotoUpload } from '../../hooks/use-photo-uploads'
import { uploadThrough } from '../../lib/upload'

/** Calls of the rectification notices (整改通知单, DOMAIN S3). */
export const loadCompoundNotices = (compoundId: string, filter: RectFilter) =>
  call(rectification.listNotices, { params: { compoundId }, query: { filter } })

export const loadStreetNotices = (streetId: string, filter: RectFilter) =>
  call(rectification.streetNotices, { params: { streetId }, query: { filter } })

export const loadCompanyDesk = (companyId: string, filter: RectFilter) =>
  call(rectification.companyDesk, { params: { companyId }, query: { filter } })

export const loadNotice = (compoundId: string, noticeId: string) =>
  call(rectification.getNotice, { params: { compoundId, noticeId } })

export const loadStreetCompounds = (streetId: string) =>
  call(above.streetCompounds, { params: { streetId } }).then((r) => r.compounds)

export const loadCompoundCompany = (compoundId: string) =>
  call(rectification.getCompoundCompany, { params: { compoundId } })

export const setCompoundCompany = (compoundId: string, body: BodyOf<typeof rectification.setCompoundCompany>) =>
  call(rectification.setCompoundCompany, { params: { compoundId }, body })

export const issueNotice = (compoundId: string, body: BodyOf<typeof rectification.issueNotice>) =>
  call(rectification.issueNotice, { params: { compoundId }, body })

export const replyNotice = (n: RectificationView, body: BodyOf<typeof rectification.replyNotice>) =>
  call(rectification.replyNotice, { params: { compoundId: n.compoundId, noticeId: n.noticeId }, body })

export const reinspectNotice = (n: RectificationView, body: BodyOf<typeof rectification.reinspectNotice>) =>
  call(rectification.reinspectNotice, { params: { compoundId: n.compoundId, noticeId: n.noticeId }, body })

/**
 * The upload of a notice's photos (evidence, or the company's after-photos) through the notices' own endpoint,
 * for `usePhotoUploads`; none until the compound is chosen.
 */
export const noticeUpload = (compoundId: string | undefined): PhotoUpload | undefined =>
  compoundId
    ? (image, onProgress) =>
        uploadThrough(
          (body) =>
            call(rectification.noticeUpload, { params: { compoundId }, body: { ...body, purpose: 'ticket_photo' } }),
          image,
          onProgress,
        )
    : undefined
