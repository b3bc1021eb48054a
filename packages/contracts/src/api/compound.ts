import { z } from 'zod'
import { endpoint, FileBody, XLSX_TYPE } from '../endpoint'
import { COMPOUND_ROLES_ALL } from '../endpoint'
import { CompoundParams, Id, Role } from '../common'
import { Compound, CompoundSettings, Grid, JoinCompoundRequest, SettingsChange, Unit } from '../compound'
import {
  BuildingSummary,
  RollImportRequest,
  RollPage,
  RollQuery,
  RollImportResult,
  UnitListQuery,
  UnitParams,
  UnitUpdate,
} from '../roll'
import { UploadRequest, UploadTicket } from '../upload'
import { Binding, BindingDecision, BindingForReview, BindingListQuery, BindingRequest } from '../binding'
import { MemberView, Membership } from '../compound'

const context = 'identity'
const rollKeepers = ['committee_member', 'community_admin'] as const

export const getCompound = endpoint({
  id: 'compound.get',
  method: 'get',
  path: '/v1/compounds/{compoundId}',
  summary: 'A compound and its settings (city profile, SLA table, categories, fee model)',
  context,
  access: { kind: 'compound', roles: COMPOUND_ROLES_ALL },
  params: CompoundParams,
  response: Compound,
})

export const updateSettings = endpoint({
  id: 'compound.settings.update',
  method: 'put',
  path: '/v1/compounds/{compoundId}/settings',
  summary: 'Replace the compound settings (checked by the domain, logged with who and why)',
  context,
  access: { kind: 'compound', roles: ['community_admin'] },
  params: CompoundParams,
  body: z.object({ settings: CompoundSettings, reason: z.string().trim().min(1, '请写明修改原因').max(200) }),
  response: Compound,
})

export const settingsHistory = endpoint({
  id: 'compound.settings.history',
  method: 'get',
  path: '/v1/compounds/{compoundId}/settings/history',
  summary: 'The settings change log, newest first: who, when, why and what changed',
  context,
  access: { kind: 'compound', roles: ['community_admin', 'committee_member'] },
  params: CompoundParams,
  response: z.object({ changes: z.array(SettingsChange) }),
})

export const joinCompound = endpoint({
  id: 'compound.join',
  method: 'post',
  path: '/v1/compounds/{compoundId}/join',
  summary:
    'Join a compound as a resident (an owner only after binding approval), having agreed to the privacy guide of the version named',
  context,
  access: { kind: 'user' },
  params: CompoundParams,
  body: JoinCompoundRequest,
  response: Membership,
})

export const listBuildings = endpoint({
  id: 'compound.buildings',
  method: 'get',
  path: '/v1/compounds/{compoundId}/buildings',
  summary: 'Buildings with unit counts and total exclusive area',
  context,
  access: { kind: 'compound', roles: COMPOUND_ROLES_ALL },
  params: CompoundParams,
  response: z.object({ buildings: z.array(BuildingSummary) }),
})

export const listUnits = endpoint({
  id: 'compound.units',
  method: 'get',
  path: '/v1/compounds/{compoundId}/units',
  summary: 'Units (no owner data), optionally of one building',
  context,
  access: { kind: 'compound', roles: COMPOUND_ROLES_ALL },
  params: CompoundParams,
  query: UnitListQuery,
  response: z.object({ units: z.array(Unit) }),
})

export const getRoll = endpoint({
  id: 'roll.get',
  method: 'get',
  path: '/v1/compounds/{compoundId}/roll',
  summary: 'The roll of units and owners (phones masked), a page at a time',
  context,
  access: { kind: 'compound', roles: rollKeepers },
  params: CompoundParams,
  query: RollQuery,
  response: RollPage,
})

export const importRoll = endpoint({
  id: 'roll.import',
  method: 'post',
  path: '/v1/compounds/{compoundId}/roll/import',
  summary: 'Import a roll CSV: all rows valid or nothing written; re-importing the same file changes nothing',
  context,
  access: { kind: 'compound', roles: rollKeepers },
  params: CompoundParams,
  body: RollImportRequest,
  response: RollImportResult,
})

export const rollTemplate = endpoint({
  id: 'roll.template',
  method: 'get',
  path: '/v1/compounds/{compoundId}/roll/template',
  summary: 'An empty roll workbook (.xlsx) with the columns and a sheet explaining them',
  context,
  access: { kind: 'compound', roles: rollKeepers },
  params: CompoundParams,
  response: FileBody,
  produces: XLSX_TYPE,
})

export const updateUnit = endpoint({
  id: 'unit.update',
  method: 'put',
  path: '/v1/compounds/{compoundId}/units/{unitId}',
  summary: 'Correct one unit (kind, status, area figures); the area used follows DOMAIN V4; logged with a reason',
  context,
  access: { kind: 'compound', roles: rollKeepers },
  params: UnitParams,
  body: UnitUpdate,
  response: Unit,
})

export const listGrids = endpoint({
  id: 'grid.list',
  method: 'get',
  path: '/v1/compounds/{compoundId}/grids',
  summary: 'Grids and the buildings they cover',
  context,
  access: { kind: 'compound', roles: COMPOUND_ROLES_ALL },
  params: CompoundParams,
  response: z.object({ grids: z.array(Grid) }),
})

export const putGrid = endpoint({
  id: 'grid.put',
  method: 'put',
  path: '/v1/compounds/{compoundId}/grids/{gridId}',
  summary: 'Create, rename or re-assign a grid; a building belongs to at most one grid',
  context,
  access: { kind: 'compound', roles: ['community_admin'] },
  params: CompoundParams.extend({ gridId: Id }),
  body: Grid.pick({ name: true, buildingIds: true }),
  response: Grid,
})

export const listMembers = endpoint({
  id: 'member.list',
  method: 'get',
  path: '/v1/compounds/{compoundId}/members',
  summary: 'People with a role in the compound (names masked except for the community admin)',
  context,
  // Property staff need the grid workers to dispatch and reassign tickets (DOMAIN T3).
  access: { kind: 'compound', roles: ['community_admin', 'committee_member', 'property_staff'] },
  params: CompoundParams,
  response: z.object({ members: z.array(MemberView) }),
})

export const setMemberRoles = endpoint({
  id: 'member.roles.set',
  method: 'put',
  path: '/v1/compounds/{compoundId}/members/{userId}/roles',
  summary:
    "Set roles of another member (never one's own), with a reason; owner only by a binding (DOMAIN V13), committee only by an election or filing (G1)",
  context,
  access: { kind: 'compound', roles: ['community_admin'] },
  params: CompoundParams.extend({ userId: Id }),
  body: z.object({
    roles: z.array(Role.exclude(['owner'])).max(6, '角色最多 6 个'),
    gridIds: z.array(Id).max(50, '一次最多 50 个网格').default([]),
    reason: z.string().trim().min(1, '请写明原因').max(200, '原因最多 200 字'),
  }),
  response: MemberView,
})

export const createUpload = endpoint({
  id: 'upload.create',
  method: 'post',
  path: '/v1/compounds/{compoundId}/uploads',
  summary: 'A presigned PUT for one file, straight to object storage',
  context,
  access: { kind: 'compound', roles: COMPOUND_ROLES_ALL },
  params: CompoundParams,
  body: UploadRequest,
  response: UploadTicket,
  status: 201,
})

export const requestBinding = endpoint({
  id: 'binding.request',
  method: 'post',
  path: '/v1/compounds/{compoundId}/bindings',
  summary: 'Ask to be recorded as an owner of a unit, with an evidence photo',
  context,
  access: { kind: 'compound', roles: ['resident', 'owner'] },
  params: CompoundParams,
  body: BindingRequest,
  response: Binding,
  status: 201,
})

export const myBindings = endpoint({
  id: 'binding.mine',
  method: 'get',
  path: '/v1/compounds/{compoundId}/bindings/mine',
  summary: "The caller's own binding requests",
  context,
  access: { kind: 'compound', roles: ['resident', 'owner'] },
  params: CompoundParams,
  response: z.object({ bindings: z.array(Binding) }),
})

export const listBindings = endpoint({
  id: 'binding.list',
  method: 'get',
  path: '/v1/compounds/{compoundId}/bindings',
  summary: 'Binding requests to review, with the roll owners of each unit and the evidence',
  context,
  access: { kind: 'compound', roles: rollKeepers },
  params: CompoundParams,
  query: BindingListQuery,
  response: z.object({ bindings: z.array(BindingForReview) }),
})

export const decideBinding = endpoint({
  id: 'binding.decide',
  method: 'post',
  path: '/v1/compounds/{compoundId}/bindings/{bindingId}/decision',
  summary: 'Approve (naming the roll owner) or reject (with a reason) a binding request',
  context,
  access: { kind: 'compound', roles: rollKeepers },
  params: CompoundParams.extend({ bindingId: Id }),
  body: BindingDecision,
  response: Binding,
})
