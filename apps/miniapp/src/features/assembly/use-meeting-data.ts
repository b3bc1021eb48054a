import type { Meeting } from '@jiayuan/contracts'
import { useRemote } from '../../hooks/use-remote'
import { ApiError } from '../../lib/api-error'
import { loadMeeting, loadMyBallots, loadTurnout } from './api'

export type MyBallots = Awaited<ReturnType<typeof loadMyBallots>>
export type Turnout = Awaited<ReturnType<typeof loadTurnout>>

const counted = (m: Meeting) => m.countedOn === 'app' && m.status !== 'draft' && m.status !== 'noticed'

/**
 * Everything a meeting page shows: the notice, the caller's standing and ballots (ballots/mine first, so the
 * page can say why someone cannot vote before they try) and the live meter. A person the API does not ask
 * about ballots (staff, grid worker) gets no "mine", not an error.
 */
export function useMeetingData(compoundId: string | undefined, meetingId: string | undefined) {
  return useRemote(() => (compoundId && meetingId ? load({ compoundId, meetingId }) : undefined), [compoundId, meetingId])
}

async function load(ids: { compoundId: string; meetingId: string }) {
  const meeting = await loadMeeting(ids)
  const [mine, turnout] = await Promise.all([
    loadMyBallots(ids).catch((err: unknown) => {
      if (err instanceof ApiError && err.status === 403) return undefined
      throw err
    }),
    counted(meeting) ? loadTurnout(ids) : Promise.resolve(undefined),
  ])
  return { meeting, mine, turnout }
}
