import {
  fillPath,
  neighbours,
  type BodyOf,
  type CancelAskRequest,
  type ConfirmAskRequest,
  type CreateTeamRequest,
  type DepositKeyRequest,
  type OpenReleaseRequest,
  type PostAskRequest,
  type RecordTeamHoursRequest,
  type VolunteerSignUp,
} from '@jiayuan/contracts'
import { call } from '../../lib/api'
import { downloadApiFile } from '../../lib/download-file'

type Ask = { compoundId: string; askId: string }
type Key = { compoundId: string; keyId: string }

export const loadMyVolunteer = (compoundId: string) =>
  call(neighbours.myVolunteer, { params: { compoundId } }).then((r) => r.volunteer)
export const signUpVolunteer = (compoundId: string, body: VolunteerSignUp) =>
  call(neighbours.signUpVolunteer, { params: { compoundId }, body })
export const loadRegistry = (compoundId: string) =>
  call(neighbours.skillsRegistry, { params: { compoundId } }).then((r) => r.volunteers)

export const loadAsks = (compoundId: string) =>
  call(neighbours.listAsks, { params: { compoundId } }).then((r) => r.asks)
export const postAsk = (compoundId: string, body: PostAskRequest) =>
  call(neighbours.postAsk, { params: { compoundId }, body })
export const claimAsk = (params: Ask) => call(neighbours.claimAsk, { params })
export const markAskDone = (params: Ask, body: BodyOf<typeof neighbours.markAskDone>) =>
  call(neighbours.markAskDone, { params, body })
export const confirmAsk = (params: Ask, body: ConfirmAskRequest) => call(neighbours.confirmAsk, { params, body })
export const cancelAsk = (params: Ask, body: CancelAskRequest) => call(neighbours.cancelAsk, { params, body })
export const recordHours = (params: Ask, minutes: number) => call(neighbours.recordHours, { params, body: { minutes } })

export const loadContributions = (compoundId: string) => call(neighbours.myContributions, { params: { compoundId } })
export const downloadCertificate = (compoundId: string, name: string) =>
  downloadApiFile(fillPath(neighbours.contributionCertificate.path, { compoundId }), `${name}-志愿服务证明.pdf`, 'pdf')

export const loadKeys = (compoundId: string) => call(neighbours.listKeys, { params: { compoundId } })
export const depositKey = (compoundId: string, body: DepositKeyRequest) =>
  call(neighbours.depositKey, { params: { compoundId }, body })
export const openRelease = (params: Key, body: OpenReleaseRequest) => call(neighbours.openRelease, { params, body })
export const confirmRelease = (params: Key, expectedVersion: number) =>
  call(neighbours.confirmRelease, { params, body: { expectedVersion } })
export const consentRelease = (params: Key, expectedVersion: number) =>
  call(neighbours.consentRelease, { params, body: { expectedVersion } })
export const withdrawKey = (params: Key, expectedVersion: number) =>
  call(neighbours.withdrawKey, { params, body: { expectedVersion } })
export const returnKey = (params: Key, expectedVersion: number) =>
  call(neighbours.returnKey, { params, body: { expectedVersion } })
export const loadKeyLog = (params: Key) => call(neighbours.keyLog, { params })

type TeamRef = { compoundId: string; teamId: string }
export const loadTeams = (compoundId: string) =>
  call(neighbours.listTeams, { params: { compoundId } }).then((r) => r.teams)
export const createTeam = (compoundId: string, body: CreateTeamRequest) =>
  call(neighbours.createTeam, { params: { compoundId }, body })
export const joinTeam = (params: TeamRef) => call(neighbours.joinTeam, { params })
export const leaveTeam = (params: TeamRef) => call(neighbours.leaveTeam, { params })
export const recordTeamHours = (params: TeamRef, body: RecordTeamHoursRequest) =>
  call(neighbours.recordTeamHours, { params, body })
