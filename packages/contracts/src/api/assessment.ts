import { z } from 'zod'
import { CompoundParams, Id } from '../common'
import { COMPOUND_ROLES_ALL, endpoint } from '../endpoint'
import { StreetParams } from '../above'
import { Quarter } from '../reports/primitives'
import { UploadRequest, UploadTicket } from '../upload'
import {
  Candidates,
  CompoundAssessment,
  CompoundResultAnswer,
  CompoundResultQuery,
  MyPanels,
  PanelRequest,
  PublishAssessmentRequest,
  QuarterOverview,
  SheetRequest,
  SheetView,
} from '../assessment/evaluation'
import { PublishRubricRequest, Rubric, RubricAnswer, SaveRubricRequest } from '../assessment/rubric'

// The quarterly evaluation of the property service by a published rubric (红灰黑榜, DOMAIN S2): the street drafts
// and publishes the rubric, names each compound's panel and publishes the results; panel members score their
// items; residents read their compound's result and the rubric. Ids and paths never change.

const context = 'assessment'
const street = { kind: 'street' } as const
const StreetQuarterParams = StreetParams.extend({ quarter: Quarter })
const StreetCompoundParams = StreetQuarterParams.extend({ compoundId: Id })

export const getRubric = endpoint({
  id: 'assessment.rubric.get',
  method: 'get',
  path: '/v1/streets/{streetId}/rubric',
  summary: 'The street’s rubric (draft or published), for its staff; null before one is drafted',
  context,
  access: street,
  params: StreetParams,
  response: RubricAnswer,
})

export const saveRubric = endpoint({
  id: 'assessment.rubric.save',
  method: 'put',
  path: '/v1/streets/{streetId}/rubric',
  summary:
    'Save the draft rubric: items’ points must add up to the total (422 naming the field), ids unique, bands in ' +
    'order; 409 when it changed since read or is already published (read-only)',
  context,
  access: street,
  params: StreetParams,
  body: SaveRubricRequest,
  response: Rubric,
})

export const publishRubric = endpoint({
  id: 'assessment.rubric.publish',
  method: 'post',
  path: '/v1/streets/{streetId}/rubric/publish',
  summary: 'Publish the draft rubric: from then on read-only, and shown to residents of the street’s compounds',
  context,
  access: street,
  params: StreetParams,
  body: PublishRubricRequest,
  response: Rubric,
})

export const quarterOverview = endpoint({
  id: 'assessment.quarter',
  method: 'get',
  path: '/v1/streets/{streetId}/assessments/{quarter}',
  summary:
    'A quarter across the street’s compounds: each panel, who scored, a preview while open, the published ' +
    'results with their bands and rank',
  context,
  access: street,
  params: StreetQuarterParams,
  response: QuarterOverview,
})

export const panelCandidates = endpoint({
  id: 'assessment.candidates',
  method: 'get',
  path: '/v1/streets/{streetId}/assessments/{quarter}/{compoundId}/candidates',
  summary:
    'People the street may name to a compound’s panel: the compound’s members (not its property staff) and the street’s staff',
  context,
  access: street,
  params: StreetCompoundParams,
  response: Candidates,
})

export const putPanel = endpoint({
  id: 'assessment.panel.put',
  method: 'put',
  path: '/v1/streets/{streetId}/assessments/{quarter}/{compoundId}/panel',
  summary: 'Name a compound’s panel for the quarter (members by user, each with a party); 409 once published',
  context,
  access: street,
  params: StreetCompoundParams,
  body: PanelRequest,
  response: CompoundAssessment,
})

export const publishAssessment = endpoint({
  id: 'assessment.publish',
  method: 'post',
  path: '/v1/streets/{streetId}/assessments/{quarter}/{compoundId}/publish',
  summary:
    'Publish a compound’s result of the quarter: freezes it with its inputs, sets the compound’s band in the ' +
    'street’s figures and tells its committee and property staff; 422 while an item is unscored, 409 when published',
  context,
  access: street,
  params: StreetCompoundParams,
  body: PublishAssessmentRequest,
  response: CompoundAssessment,
})

export const myPanels = endpoint({
  id: 'assessment.panels.mine',
  method: 'get',
  path: '/v1/me/assessment-panels',
  summary: 'The panels the caller sits on, newest quarter first',
  context,
  access: { kind: 'user' },
  response: MyPanels,
})

export const getSheet = endpoint({
  id: 'assessment.sheet.get',
  method: 'get',
  path: '/v1/assessment-panels/{streetId}/{quarter}/{compoundId}',
  summary:
    'A panel member’s scoring form: their party’s items and veto items, and what they entered; 403 off the panel',
  context,
  access: { kind: 'user' },
  params: StreetCompoundParams,
  response: SheetView,
})

export const putSheet = endpoint({
  id: 'assessment.sheet.put',
  method: 'put',
  path: '/v1/assessment-panels/{streetId}/{quarter}/{compoundId}',
  summary:
    'A panel member enters their scores: each deduction within the item’s points, with a reason and evidence ' +
    '(4xx naming the field); 403 off the panel, 409 once published',
  context,
  access: { kind: 'user' },
  params: StreetCompoundParams,
  body: SheetRequest,
  response: SheetView,
})

export const sheetUpload = endpoint({
  id: 'assessment.sheet.upload',
  method: 'post',
  path: '/v1/assessment-panels/{streetId}/{quarter}/{compoundId}/uploads',
  summary: 'A presigned PUT for a photo or PDF a panel member gives as evidence of a deduction',
  context,
  access: { kind: 'user' },
  params: StreetCompoundParams,
  body: UploadRequest,
  response: UploadTicket,
  status: 201,
})

export const compoundResult = endpoint({
  id: 'assessment.result',
  method: 'get',
  path: '/v1/compounds/{compoundId}/assessment',
  summary:
    'The compound’s published result of a quarter (the latest when none is named): score, band, each deduction ' +
    'with its evidence, rank in the street; null when none is published',
  context,
  access: { kind: 'compound', roles: COMPOUND_ROLES_ALL, street: true, company: true },
  params: CompoundParams,
  query: CompoundResultQuery,
  response: CompoundResultAnswer,
})

export const compoundRubric = endpoint({
  id: 'assessment.rubric.public',
  method: 'get',
  path: '/v1/compounds/{compoundId}/assessment/rubric',
  summary: 'The published rubric of the compound’s street (null when none is published)',
  context,
  access: { kind: 'compound', roles: COMPOUND_ROLES_ALL, street: true },
  params: CompoundParams,
  response: z.object({ rubric: Rubric.nullable(), streetName: z.string().nullable() }),
})
