import { above, type WhistleAction } from '@jiayuan/contracts'
import { call } from '../../lib/api'
import type { PickedImage } from '../../lib/media'
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

/** A photo of the department's solution, uploaded through the department's own endpoint. */
export const uploadSolutionPhoto = (ref: WhistleRef, image: PickedImage, onProgress?: (ratio: number) => void) =>
  uploadThrough(
    (body) => call(above.departmentUpload, { params: ref, body: { ...body, purpose: 'ticket_photo' } }),
    image,
    onProgress,
  )
