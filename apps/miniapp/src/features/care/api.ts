import { care, neighbours, type BodyOf } from '@jiayuan/contracts'
import { call } from '../../lib/api'

type Elder = { compoundId: string; elderId: string }

export const loadMine = (compoundId: string) => call(care.careMine, { params: { compoundId } })
export const checkIn = (params: Elder) => call(care.checkIn, { params })
export const confirmWell = (params: Elder) => call(care.confirmCare, { params })
export const closeAlarm = (params: Elder, body: BodyOf<typeof care.closeCareAlarm>) =>
  call(care.closeCareAlarm, { params, body })
export const loadLog = (params: Elder) => call(care.careLog, { params }).then((r) => r.days)
export const savePlan = (params: Elder, body: BodyOf<typeof care.putCarePlan>) =>
  call(care.putCarePlan, { params, body })
export const loadToday = (params: Elder) => call(care.careToday, { params })
/** The compound's volunteers listed in 能人库: whom an elder may choose as the paired neighbour (H1, H3). */
export const loadVolunteers = (compoundId: string) =>
  call(neighbours.skillsRegistry, { params: { compoundId } }).then((r) => r.volunteers)
