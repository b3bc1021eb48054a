import { z } from 'zod'
import { CompoundParams, Id, IsoTime } from '../common'
import { PublicTicket } from '../tickets/views'
import { endpoint } from '../endpoint'
import { StreetParams } from '../above'
import {
  CompoundOversight,
  Console,
  ConsoleQuery,
  GradeRecord,
  GradeRequest,
  GradingCriteria,
  GradingCriteriaInput,
  GradingCriteriaView,
  ImprovementInput,
  ImprovementParams,
  ImprovementProgress,
  ImprovementProject,
} from '../street'

// The street's and the community's consoles (DOMAIN S1, S5): figures read from the pre-aggregated rows,
// grading, and improvement projects. Ids and paths are part of the public API and never change.

const context = 'street'
const CommunityParams = z.object({ communityId: Id })

export const streetConsole = endpoint({
  id: 'street.console',
  method: 'get',
  path: '/v1/streets/{streetId}/console',
  summary: 'Every compound of the street with its grade, band, colour, rates and the derived street totals (S5)',
  context,
  access: { kind: 'street' },
  params: StreetParams,
  query: ConsoleQuery,
  response: Console,
})

export const communityConsole = endpoint({
  id: 'community.console',
  method: 'get',
  path: '/v1/communities/{communityId}/console',
  summary: 'The same figures over one community’s compounds, for its admins',
  context,
  access: { kind: 'community' },
  params: CommunityParams,
  query: ConsoleQuery,
  response: Console,
})

export const gradingCriteria = endpoint({
  id: 'street.criteria.get',
  method: 'get',
  path: '/v1/streets/{streetId}/grading-criteria',
  summary: 'The street’s published grading criteria (示范型 / 提质型 / 整顿型), every version kept',
  context,
  access: { kind: 'street' },
  params: StreetParams,
  response: GradingCriteriaView,
})

export const publishCriteria = endpoint({
  id: 'street.criteria.publish',
  method: 'put',
  path: '/v1/streets/{streetId}/grading-criteria',
  summary: 'Publish a new version of the grading criteria; 409 when someone published since it was read',
  context,
  access: { kind: 'street' },
  params: StreetParams,
  body: GradingCriteriaInput,
  response: GradingCriteria,
})

export const compoundOversight = endpoint({
  id: 'oversight.compound',
  method: 'get',
  path: '/v1/compounds/{compoundId}/oversight',
  summary: 'A compound’s drill-down: its figures by quarter, grades with reasons, the criteria and its projects',
  context,
  access: { kind: 'compound', roles: ['community_admin', 'property_staff', 'committee_member'], street: true },
  params: CompoundParams,
  response: CompoundOversight,
})

export const gradeCompound = endpoint({
  id: 'oversight.grade',
  method: 'post',
  path: '/v1/compounds/{compoundId}/grades',
  summary: 'Street staff grade the compound for a year against the published criteria, with the reason',
  context,
  access: { kind: 'compound', roles: [], street: true },
  params: CompoundParams,
  body: GradeRequest,
  response: GradeRecord,
  status: 201,
})

export const addImprovement = endpoint({
  id: 'oversight.improvements.add',
  method: 'post',
  path: '/v1/compounds/{compoundId}/improvements',
  summary: 'Add an improvement project (提升项目) with its owner, budget and progress',
  context,
  access: { kind: 'compound', roles: ['community_admin'], street: true },
  params: CompoundParams,
  body: ImprovementInput,
  response: ImprovementProject,
  status: 201,
})

export const updateImprovement = endpoint({
  id: 'oversight.improvements.progress',
  method: 'post',
  path: '/v1/compounds/{compoundId}/improvements/{projectId}/progress',
  summary: 'Record a project’s progress with a note and photos; 409 when it changed since it was read',
  context,
  access: { kind: 'compound', roles: ['community_admin'], street: true },
  params: ImprovementParams,
  body: ImprovementProgress,
  response: ImprovementProject,
})

/** A ticket as the street and the community read it for evidence (S5, P1): the board's masked view and its steps. */
export const EvidenceTicket = z.object({
  ticket: PublicTicket,
  /** Each step of the ticket by kind and time (who and what was said stay with those who handle it, T7). */
  steps: z.array(z.object({ type: z.string(), at: IsoTime })),
})

export const recentTickets = endpoint({
  id: 'oversight.tickets',
  method: 'get',
  path: '/v1/compounds/{compoundId}/oversight/tickets',
  summary:
    'The compound’s tickets of this month and the last, newest first, masked as the board shows them: the ' +
    'evidence behind its figures and the tickets a rectification notice may cite (S3, S5)',
  context,
  access: { kind: 'compound', roles: ['community_admin'], street: true },
  params: CompoundParams,
  response: z.object({ tickets: z.array(PublicTicket) }),
})

export const evidenceTicket = endpoint({
  id: 'oversight.ticket',
  method: 'get',
  path: '/v1/compounds/{compoundId}/oversight/tickets/{ticketId}',
  summary: 'One ticket read-only for the street and the community (masked, with its steps), S5',
  context,
  access: { kind: 'compound', roles: ['community_admin'], street: true },
  params: CompoundParams.extend({ ticketId: Id }),
  response: EvidenceTicket,
})

export * from './street-fund'
