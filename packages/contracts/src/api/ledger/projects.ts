// Endpoints of crowdfunded improvements (集资/众筹, DOMAIN F13): create, read, pledge, record money received, close.
import { z } from 'zod'
import { endpoint } from '../../endpoint'
import { CompoundParams, Id } from '../../common'
import {
  CloseProjectRequest,
  ConsentMotion,
  ContributionRequest,
  CreateProjectRequest,
  PledgeRequest,
  ProjectSummary,
  ProjectView,
} from '../../ledger'
import { committee, readers, staff, base } from './shared'

/**
 * Served by a function of their own (apps/api/src/lambda/crowdfund.ts): a project's pages and pledges are a
 * neighbourhood's occasional business, and their code kept the ledger function's cold start over its size target
 * (issue #17). Money still enters the trust account's chain, through the same appender as the ledger's.
 */
const context = 'crowdfund'

/** The committee proposes a project its scope's owners voted for; property staff may enter it for them. */
const creators = ['committee_member', 'property_staff'] as const
const ProjectParams = CompoundParams.extend({ projectId: Id })

export const listProjects = endpoint({
  id: 'ledger.projects.list',
  method: 'get',
  path: `${base}/projects`,
  summary: 'Crowdfunded projects of the compound, newest first, with progress and whether the caller is in scope',
  context,
  access: { kind: 'compound', roles: readers },
  params: CompoundParams,
  response: z.object({ projects: z.array(ProjectSummary) }),
})

export const getProject = endpoint({
  id: 'ledger.projects.get',
  method: 'get',
  path: `${base}/projects/{projectId}`,
  summary: "One project: target, progress, deadline, each unit's share by label, and the caller's own households",
  context,
  access: { kind: 'compound', roles: readers },
  params: ProjectParams,
  response: ProjectView,
})

export const projectMotions = endpoint({
  id: 'ledger.projects.motions',
  method: 'get',
  path: `${base}/project-motions`,
  summary: "Passed, final type-7 motions of a building's or entrance's vote, for the create form",
  context,
  access: { kind: 'compound', roles: creators },
  params: CompoundParams,
  response: z.object({ motions: z.array(ConsentMotion) }),
})

export const createProject = endpoint({
  id: 'ledger.projects.create',
  method: 'post',
  path: `${base}/projects`,
  summary: 'Create a project resting on the scope’s passed vote; shares are fixed over the vote’s frozen scope',
  context,
  access: { kind: 'compound', roles: creators },
  params: CompoundParams,
  body: CreateProjectRequest,
  response: ProjectView,
  status: 201,
})

export const pledgeProject = endpoint({
  id: 'ledger.projects.pledge',
  method: 'post',
  path: `${base}/projects/{projectId}/pledges`,
  summary: 'An owner pledges for their own unit, at most its share, once; never past the target',
  context,
  access: { kind: 'compound', roles: ['owner'] },
  params: ProjectParams,
  body: PledgeRequest,
  response: ProjectView,
  status: 201,
})

export const recordContribution = endpoint({
  id: 'ledger.projects.contribute',
  method: 'post',
  path: `${base}/projects/{projectId}/contributions`,
  summary: "Property staff record money received for a pledged unit: an entry into the project's own fund",
  context,
  access: { kind: 'compound', roles: staff },
  params: ProjectParams,
  body: ContributionRequest,
  response: ProjectView,
  status: 201,
})

export const closeProject = endpoint({
  id: 'ledger.projects.close',
  method: 'post',
  path: `${base}/projects/{projectId}/close`,
  summary: 'The committee cancels or completes a project; what is left in its fund is refunded pro rata, posted once',
  context,
  access: { kind: 'compound', roles: committee },
  params: ProjectParams,
  body: CloseProjectRequest,
  response: ProjectView,
})
