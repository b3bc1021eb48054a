import { z } from 'zod'
import { endpoint } from '../endpoint'
import { CompoundParams, Id } from '../common'
import { Compound, MemberView } from '../compound'
import {
  CommitteeElectionRequest,
  CommitteeFilingRequest,
  Community,
  CommunityCreate,
  CommunityInviteRequest,
  CommunityWithCompounds,
  CompoundCreate,
  CompoundInviteRequest,
  ElectionResult,
  Invite,
  InviteAccepted,
  InviteParams,
  RoleLogEntry,
} from '../community'

const context = 'identity'
const CommunityParams = z.object({ communityId: Id })
const admin = ['community_admin'] as const

export const myCommunities = endpoint({
  id: 'community.mine',
  method: 'get',
  path: '/v1/communities',
  summary: 'Communities the caller administers; every community for a platform admin',
  context,
  access: { kind: 'user' },
  response: z.object({ communities: z.array(Community) }),
})

export const createCommunity = endpoint({
  id: 'community.create',
  method: 'post',
  path: '/v1/communities',
  summary: 'Create a community (社区) under a street; platform admins only',
  context,
  access: { kind: 'platform' },
  body: CommunityCreate,
  response: Community,
  status: 201,
})

export const communityCompounds = endpoint({
  id: 'community.compounds',
  method: 'get',
  path: '/v1/communities/{communityId}/compounds',
  summary: 'A community and its compounds',
  context,
  access: { kind: 'community' },
  params: CommunityParams,
  response: CommunityWithCompounds,
})

export const createCompound = endpoint({
  id: 'compound.create',
  method: 'post',
  path: '/v1/communities/{communityId}/compounds',
  summary: "Create a compound in the community, settings from the city's defaults; its community admins run it",
  context,
  access: { kind: 'community' },
  params: CommunityParams,
  body: CompoundCreate,
  response: Compound,
  status: 201,
})

export const communityInvites = endpoint({
  id: 'community.invites',
  method: 'get',
  path: '/v1/communities/{communityId}/invites',
  summary: "The community's admin invites, newest first",
  context,
  access: { kind: 'community' },
  params: CommunityParams,
  response: z.object({
    invites: z.array(Invite),
    admins: z.array(MemberView.pick({ userId: true, displayName: true })),
  }),
})

export const inviteCommunityAdmin = endpoint({
  id: 'community.invite',
  method: 'post',
  path: '/v1/communities/{communityId}/invites',
  summary: 'Invite a community admin by a single-use code with an expiry',
  context,
  access: { kind: 'community' },
  params: CommunityParams,
  body: CommunityInviteRequest,
  response: Invite,
  status: 201,
})

export const compoundInvites = endpoint({
  id: 'member.invites',
  method: 'get',
  path: '/v1/compounds/{compoundId}/invites',
  summary: 'Staff and grid worker invites of the compound, newest first',
  context,
  access: { kind: 'compound', roles: admin },
  params: CompoundParams,
  response: z.object({ invites: z.array(Invite) }),
})

export const inviteMember = endpoint({
  id: 'member.invite',
  method: 'post',
  path: '/v1/compounds/{compoundId}/invites',
  summary: 'Invite property staff or a grid worker (with grids) by a single-use code with an expiry',
  context,
  access: { kind: 'compound', roles: admin },
  params: CompoundParams,
  body: CompoundInviteRequest,
  response: Invite,
  status: 201,
})

export const getInvite = endpoint({
  id: 'invite.get',
  method: 'get',
  path: '/v1/invites/{code}',
  summary: 'What an invite code grants, before accepting it',
  context,
  access: { kind: 'user' },
  params: InviteParams,
  response: Invite,
})

export const acceptInvite = endpoint({
  id: 'invite.accept',
  method: 'post',
  path: '/v1/invites/{code}/accept',
  summary: 'Accept an invite: creates the membership; exactly one person can use a code, a retry is answered again',
  context,
  access: { kind: 'user' },
  params: InviteParams,
  response: InviteAccepted,
})

export const roleLog = endpoint({
  id: 'member.roles.log',
  method: 'get',
  path: '/v1/compounds/{compoundId}/members/log',
  summary: 'Who changed whose roles, when and why, newest first',
  context,
  access: { kind: 'compound', roles: admin },
  params: CompoundParams,
  response: z.object({ entries: z.array(RoleLogEntry) }),
})

export const electionResults = endpoint({
  id: 'committee.elections',
  method: 'get',
  path: '/v1/compounds/{compoundId}/committee/elections',
  summary: 'Passed type-3 motions (选举业主委员会) with a final result, which a committee grant may cite',
  context,
  access: { kind: 'compound', roles: admin },
  params: CompoundParams,
  response: z.object({ results: z.array(ElectionResult) }),
})

export const committeeFromElection = endpoint({
  id: 'committee.from-election',
  method: 'post',
  path: '/v1/compounds/{compoundId}/committee/elections',
  summary: 'Record the committee elected by a passed type-3 motion, with its term (DOMAIN G1)',
  context,
  access: { kind: 'compound', roles: admin },
  params: CompoundParams,
  body: CommitteeElectionRequest,
  response: z.object({ members: z.array(MemberView) }),
})

export const committeeFromFiling = endpoint({
  id: 'committee.from-filing',
  method: 'post',
  path: '/v1/compounds/{compoundId}/committee/filings',
  summary: 'Record the committee from a filing (备案) with its document and term (DOMAIN G1)',
  context,
  access: { kind: 'compound', roles: admin },
  params: CompoundParams,
  body: CommitteeFilingRequest,
  response: z.object({ members: z.array(MemberView) }),
  status: 201,
})
