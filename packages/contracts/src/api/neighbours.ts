import { CompoundParams } from '../common'
import { COMPOUND_ROLES_ALL, FileBody, endpoint } from '../endpoint'
import {
  Ask,
  AskList,
  AskParams,
  CancelAskRequest,
  ConfirmAskRequest,
  CreateTeamRequest,
  DepositKeyRequest,
  KeyList,
  KeyLog,
  KeyParams,
  KeyStepRequest,
  MarkDoneRequest,
  MyContributions,
  MyVolunteer,
  OpenReleaseRequest,
  PostAskRequest,
  RecordHoursRequest,
  RecordTeamHoursRequest,
  SkillsRegistry,
  SpareKey,
  Team,
  TeamList,
  TeamParams,
  Volunteer,
  VolunteerSignUp,
} from '../neighbours/index'

// Neighbours helping neighbours (DOMAIN H1, H2, H4): its own context and Lambda. Ids and paths never change.
const context = 'neighbours'
const base = '/v1/compounds/{compoundId}/neighbours'
const ask = `${base}/asks/{askId}`
const key = `${base}/keys/{keyId}`
const team = `${base}/teams/{teamId}`
/** People who live there post asks and deposit keys. */
const households = ['resident', 'owner'] as const
/** The organisers who record volunteer hours (H1): compound staff and the committee, and the community. */
const organisers = ['property_staff', 'committee_member', 'community_admin'] as const
/** Who sets up a volunteer team (H1): the committee and the community. */
const teamFounders = ['committee_member', 'community_admin'] as const
const all = { kind: 'compound', roles: COMPOUND_ROLES_ALL } as const

export const myVolunteer = endpoint({
  id: 'neighbours.volunteer.mine',
  method: 'get',
  path: `${base}/volunteers/me`,
  summary: "The caller's volunteer sign-up in this compound, or null",
  context,
  access: all,
  params: CompoundParams,
  response: MyVolunteer,
})

export const signUpVolunteer = endpoint({
  id: 'neighbours.volunteer.signUp',
  method: 'put',
  path: `${base}/volunteers/me`,
  summary: 'Sign up (or update) as a volunteer with skills; listed in the 能人库 only with consent',
  context,
  access: all,
  params: CompoundParams,
  body: VolunteerSignUp,
  response: Volunteer,
})

export const skillsRegistry = endpoint({
  id: 'neighbours.registry',
  method: 'get',
  path: `${base}/volunteers`,
  summary: "The compound's skills registry (能人库): volunteers who consented to be listed",
  context,
  access: all,
  params: CompoundParams,
  response: SkillsRegistry,
})

export const listAsks = endpoint({
  id: 'neighbours.asks.list',
  method: 'get',
  path: `${base}/asks`,
  summary: "The compound's asks for help, newest first; names masked except for those who need them",
  context,
  access: all,
  params: CompoundParams,
  response: AskList,
})

export const postAsk = endpoint({
  id: 'neighbours.asks.post',
  method: 'post',
  path: `${base}/asks`,
  summary: 'Ask neighbours for help: an errand, a small repair, company to a clinic',
  context,
  access: { kind: 'compound', roles: households },
  params: CompoundParams,
  body: PostAskRequest,
  response: Ask,
  status: 201,
})

export const claimAsk = endpoint({
  id: 'neighbours.asks.claim',
  method: 'post',
  path: `${ask}/claim`,
  summary: 'A volunteer of the compound claims an open ask; exactly one claimer wins',
  context,
  access: all,
  params: AskParams,
  response: Ask,
})

export const markAskDone = endpoint({
  id: 'neighbours.asks.done',
  method: 'post',
  path: `${ask}/done`,
  summary: 'The claimer marks the ask done',
  context,
  access: all,
  params: AskParams,
  body: MarkDoneRequest,
  response: Ask,
})

export const confirmAsk = endpoint({
  id: 'neighbours.asks.confirm',
  method: 'post',
  path: `${ask}/confirm`,
  summary: 'The requester confirms the help and rates it',
  context,
  access: { kind: 'compound', roles: households },
  params: AskParams,
  body: ConfirmAskRequest,
  response: Ask,
})

export const cancelAsk = endpoint({
  id: 'neighbours.asks.cancel',
  method: 'post',
  path: `${ask}/cancel`,
  summary: 'The requester cancels an open or claimed ask with a reason; the claimer is told',
  context,
  access: { kind: 'compound', roles: households },
  params: AskParams,
  body: CancelAskRequest,
  response: Ask,
})

export const recordHours = endpoint({
  id: 'neighbours.asks.hours',
  method: 'post',
  path: `${ask}/hours`,
  summary: "The organiser records the volunteer's hours for a finished ask, once per ask",
  context,
  access: { kind: 'compound', roles: organisers },
  params: AskParams,
  body: RecordHoursRequest,
  response: Ask,
})

export const myContributions = endpoint({
  id: 'neighbours.contributions.mine',
  method: 'get',
  path: `${base}/contributions/me`,
  summary: "The caller's service records (who, what, when, hours, recorded by) and total hours",
  context,
  access: all,
  params: CompoundParams,
  response: MyContributions,
})

export const contributionCertificate = endpoint({
  id: 'neighbours.contributions.certificate',
  method: 'get',
  path: `${base}/contributions/me/certificate`,
  summary: "A certificate of the caller's recorded volunteer hours (PDF, the Chinese font embedded)",
  // Every PDF is served by the documents function, which alone carries pdfkit and the font (issue 17).
  context: 'documents',
  access: all,
  params: CompoundParams,
  response: FileBody,
  produces: 'application/pdf',
})

export const listKeys = endpoint({
  id: 'neighbours.keys.list',
  method: 'get',
  path: `${base}/keys`,
  summary: 'Spare keys the caller deposited, and those the caller keeps as a custodian',
  context,
  access: all,
  params: CompoundParams,
  response: KeyList,
})

export const depositKey = endpoint({
  id: 'neighbours.keys.deposit',
  method: 'post',
  path: `${base}/keys`,
  summary: 'Deposit a spare key on stated terms with two or more named custodians',
  context,
  access: { kind: 'compound', roles: households },
  params: CompoundParams,
  body: DepositKeyRequest,
  response: SpareKey,
  status: 201,
})

export const openRelease = endpoint({
  id: 'neighbours.keys.release.open',
  method: 'post',
  path: `${key}/release`,
  summary:
    'A custodian starts a release with a photo and a reason (or a recorded emergency); the owner is told at once',
  context,
  access: all,
  params: KeyParams,
  body: OpenReleaseRequest,
  response: SpareKey,
})

export const confirmRelease = endpoint({
  id: 'neighbours.keys.release.confirm',
  method: 'post',
  path: `${key}/release/confirm`,
  summary: 'A second, different custodian confirms the release',
  context,
  access: all,
  params: KeyParams,
  body: KeyStepRequest,
  response: SpareKey,
})

export const consentRelease = endpoint({
  id: 'neighbours.keys.release.consent',
  method: 'post',
  path: `${key}/release/consent`,
  summary: 'The owner consents to the release in the app',
  context,
  access: all,
  params: KeyParams,
  body: KeyStepRequest,
  response: SpareKey,
})

export const returnKey = endpoint({
  id: 'neighbours.keys.return',
  method: 'post',
  path: `${key}/return`,
  summary: 'A custodian records the released key is back in their keeping; the owner is told',
  context,
  access: all,
  params: KeyParams,
  body: KeyStepRequest,
  response: SpareKey,
})

export const keyLog = endpoint({
  id: 'neighbours.keys.log',
  method: 'get',
  path: `${key}/log`,
  summary: "The key's log (deposit, every release step with its photo, the return, withdrawal), for its owner",
  context,
  access: all,
  params: KeyParams,
  response: KeyLog,
})

export const withdrawKey = endpoint({
  id: 'neighbours.keys.withdraw',
  method: 'post',
  path: `${key}/withdraw`,
  summary: 'The owner withdraws the key; the custodians are told',
  context,
  access: all,
  params: KeyParams,
  body: KeyStepRequest,
  response: SpareKey,
})

export const listTeams = endpoint({
  id: 'neighbours.teams.list',
  method: 'get',
  path: `${base}/teams`,
  summary:
    "The compound's volunteer teams (志愿服务队) with members and recent activities; names masked outside a team",
  context,
  access: all,
  params: CompoundParams,
  response: TeamList,
})

export const createTeam = endpoint({
  id: 'neighbours.teams.create',
  method: 'post',
  path: `${base}/teams`,
  summary: 'The committee or the community sets up a volunteer team with a leader chosen from the volunteers',
  context,
  access: { kind: 'compound', roles: teamFounders },
  params: CompoundParams,
  body: CreateTeamRequest,
  response: Team,
  status: 201,
})

export const joinTeam = endpoint({
  id: 'neighbours.teams.join',
  method: 'post',
  path: `${team}/join`,
  summary: 'A volunteer of the compound joins a team',
  context,
  access: all,
  params: TeamParams,
  response: Team,
})

export const leaveTeam = endpoint({
  id: 'neighbours.teams.leave',
  method: 'post',
  path: `${team}/leave`,
  summary: 'A member leaves a team (the leader stays until the team has another)',
  context,
  access: all,
  params: TeamParams,
  response: Team,
})

export const recordTeamHours = endpoint({
  id: 'neighbours.teams.hours',
  method: 'post',
  path: `${team}/activities`,
  summary:
    'The organiser records hours of one team activity for several members at once; each person once per activity',
  context,
  access: { kind: 'compound', roles: organisers },
  params: TeamParams,
  body: RecordTeamHoursRequest,
  response: Team,
  status: 201,
})
