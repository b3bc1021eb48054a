import { compound, platform, type BodyOf } from '@jiayuan/contracts'
import { call } from '../../lib/api'

export const loadMembers = (compoundId: string) =>
  call(compound.listMembers, { params: { compoundId } }).then((r) => r.members)

export const loadGrids = (compoundId: string) =>
  call(compound.listGrids, { params: { compoundId } }).then((r) => r.grids)

export const loadBuildings = (compoundId: string) =>
  call(compound.listBuildings, { params: { compoundId } }).then((r) => r.buildings)

export const setRoles = (compoundId: string, userId: string, body: BodyOf<typeof compound.setMemberRoles>) =>
  call(compound.setMemberRoles, { params: { compoundId, userId }, body })

export const loadInvites = (compoundId: string) =>
  call(platform.compoundInvites, { params: { compoundId } }).then((r) => r.invites)

export const inviteMember = (compoundId: string, body: BodyOf<typeof platform.inviteMember>) =>
  call(platform.inviteMember, { params: { compoundId }, body })

export const loadRoleLog = (compoundId: string) =>
  call(platform.roleLog, { params: { compoundId } }).then((r) => r.entries)

export const loadElectionResults = (compoundId: string) =>
  call(platform.electionResults, { params: { compoundId } }).then((r) => r.results)

export const committeeFromFiling = (compoundId: string, body: BodyOf<typeof platform.committeeFromFiling>) =>
  call(platform.committeeFromFiling, { params: { compoundId }, body })

export const committeeFromElection = (compoundId: string, body: BodyOf<typeof platform.committeeFromElection>) =>
  call(platform.committeeFromElection, { params: { compoundId }, body })
