import { assessment, type PanelRequest, type RubricDraft, type SheetRequest } from '@jiayuan/contracts'
import type { z } from 'zod'
import { call } from '../../lib/api'
import type { PickedImage } from '../../lib/media'
import { uploadThrough } from '../../lib/upload'

/** Calls of the quarterly evaluation (红灰黑榜, DOMAIN S2): the street's, the panel's and the residents'. */
export const loadRubric = (streetId: string) => call(assessment.getRubric, { params: { streetId } })

export const saveRubric = (streetId: string, rubric: RubricDraft, revision: number) =>
  call(assessment.saveRubric, { params: { streetId }, body: { rubric, revision } })

export const publishRubric = (streetId: string, revision: number) =>
  call(assessment.publishRubric, { params: { streetId }, body: { revision } })

export const loadQuarter = (streetId: string, quarter: string) =>
  call(assessment.quarterOverview, { params: { streetId, quarter } })

export interface EvaluationRef {
  streetId: string
  quarter: string
  compoundId: string
}

export const loadCandidates = (ref: EvaluationRef) => call(assessment.panelCandidates, { params: ref })

export const savePanel = (ref: EvaluationRef, members: z.infer<typeof PanelRequest>['members']) =>
  call(assessment.putPanel, { params: ref, body: { members } })

export const publishResult = (ref: EvaluationRef, revision: number) =>
  call(assessment.publishAssessment, { params: ref, body: { revision } })

export const loadMyPanels = () => call(assessment.myPanels, {})

export const loadSheet = (ref: EvaluationRef) => call(assessment.getSheet, { params: ref })

export const saveSheet = (ref: EvaluationRef, sheet: SheetRequest) =>
  call(assessment.putSheet, { params: ref, body: sheet })

/** A photo of what a deduction is for, uploaded through the panel's own endpoint. */
export const uploadEvidence = (ref: EvaluationRef, image: PickedImage) =>
  uploadThrough(
    (body) => call(assessment.sheetUpload, { params: ref, body: { ...body, purpose: 'attachment' } }),
    image,
  )

export const loadResult = (compoundId: string, quarter?: string) =>
  call(assessment.compoundResult, { params: { compoundId }, query: quarter ? { quarter } : {} })

export const loadPublishedRubric = (compoundId: string) => call(assessment.compoundRubric, { params: { compoundId } })
