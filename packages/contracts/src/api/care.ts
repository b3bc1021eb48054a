import { COMPOUND_ROLES_ALL, endpoint } from '../endpoint'
import { CompoundParams } from '../common'
import {
  CareLog,
  CareMine,
  CareParams,
  CarePlan,
  CarePlanInput,
  CareSweepRequest,
  CareSweepSummary,
  CareToday,
  CloseAlarmRequest,
} from '../care'

/**
 * Elder check-in (窗帘之约, H3). Any member may call; the route checks the caller's tie to the elder: the elder,
 * a carer the elder named, the paired neighbour, a grid worker of the elder's grid, or property staff and
 * community admins of the compound.
 */
const context = 'care'
const base = '/v1/compounds/{compoundId}/care'
const access = { kind: 'compound', roles: COMPOUND_ROLES_ALL } as const

export const putCarePlan = endpoint({
  id: 'care.plan.put',
  method: 'put',
  path: `${base}/plans/{elderId}`,
  summary:
    'Set or change an elder’s check-in plan: the elder, a carer they named, or staff recording how the elder agreed',
  context,
  access,
  params: CareParams,
  body: CarePlanInput,
  response: CarePlan,
})

export const careToday = endpoint({
  id: 'care.today',
  method: 'get',
  path: `${base}/plans/{elderId}/today`,
  summary: 'Today’s check-in: waiting, ok, missed, alarm or closed, and the next step with its time',
  context,
  access,
  params: CareParams,
  response: CareToday,
})

export const checkIn = endpoint({
  id: 'care.checkIn',
  method: 'post',
  path: `${base}/plans/{elderId}/check-in`,
  summary: 'The elder taps 我很好: today is closed (an alarm under way ends, and those told hear so)',
  context,
  access,
  params: CareParams,
  response: CareToday,
})

export const confirmCare = endpoint({
  id: 'care.confirm',
  method: 'post',
  path: `${base}/plans/{elderId}/confirm`,
  summary: 'The paired neighbour confirms they saw the elder well today',
  context,
  access,
  params: CareParams,
  response: CareToday,
})

export const closeCareAlarm = endpoint({
  id: 'care.close',
  method: 'post',
  path: `${base}/plans/{elderId}/close`,
  summary: 'Whoever answered an alarm closes it: a false alarm, visited and ok, or needs help, with what happened',
  context,
  access,
  params: CareParams,
  body: CloseAlarmRequest,
  response: CareToday,
})

export const careLog = endpoint({
  id: 'care.log',
  method: 'get',
  path: `${base}/plans/{elderId}/log`,
  summary: 'The elder’s recent days with every step told and how each ended (the elder, paired people, staff)',
  context,
  access,
  params: CareParams,
  response: CareLog,
})

export const careMine = endpoint({
  id: 'care.mine',
  method: 'get',
  path: `${base}/mine`,
  summary: 'The caller’s own check-in, and the elders they must look after with open alarms first',
  context,
  access,
  params: CompoundParams,
  response: CareMine,
})

export const devCareSweep = endpoint({
  id: 'care.dev.sweep',
  method: 'post',
  path: '/v1/dev/care/sweep',
  summary: 'Run the check-in sweep as if the clock read `at` (local runs and journeys only)',
  context,
  access: { kind: 'dev' },
  body: CareSweepRequest,
  response: CareSweepSummary,
})
