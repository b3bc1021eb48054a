import { above, type WhistleAction } from '@jiayuan/contracts'
import { call } from '../../lib/api'
import type { PhotoUpload } from '../../hooks/use-photo-uploads'
import { uploadThrough } from '../../lib/upload'

/** Calls of the street's and the department's workbenches (DOMAIN G4, T12). */
export const loadStreetCompounds = (streetId: string) => call(above.streetCompounds, { params: { streetId } })

export const loadDepartmentQueue = (departmentId: string) => call(above.departmentQueue, { params: { departmentId } })

export interface WhistleRef {
  departmentId: string
  compoundId: string
  ticketId: string
}

export const actOnWhistle = (ref: WhistleRef, action: WhistleAction) =>
  call(above.actOnWhistle, { params: ref, body: action })

/** The upload of the department's solution photos (DOMAIN T10) through its own endpoint, for `usePhotoUploads`. */
export const solutionUpload =
  (ref: WhistleRef): PhotoUpload =>
  (image, onProgress) =>
    uploadThrough(
      (body) => call(above.departmentUpload, { params: ref, body: { ...body, purpose: 'ticket_photo' } }),
      image,
      onProgress,
    )
