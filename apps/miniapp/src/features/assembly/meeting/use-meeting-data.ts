import { assembly, canCall, type Meeting } from '@jiayuan/contracts'
import { useRemote } from '../../../hooks/use-remote'
import { useMembership } from '../../../state/session'
import { loadMeeting, loadMyBallots, loadTurnout } from '../api'

export type MyBallots = Awaited<ReturnType<typeof loadMyBallots>>
export type Turnout = Awaited<ReturnType<typeof loadTurnout>>

const counted = (m: Meeting) => m.countedOn === 'app' && m.status !== 'draft' && m.status !== 'noticed'

/**
 * Everything a meeting page shows: the notice, the caller's standing and ballots (ballots/mine first, so the
 * page can say why someone cannot vote before they try) and the live meter. A person the API does not ask
 * about ballots (staff, grid worker) gets no "mine", not an error.
 */
export function useMeetingData(compoundId: string | undefined, meetingId: string | undefined) {
  const asksBallots = canCall(assembly.myBallots, useMembership()?.roles)
  return useRemote(
    () => (compoundId && meetingId ? load({ compoundId, meetingId }, asksBallots) : undefined),
    [compoundId, meetingId, asksBallots],
  )
}

async function load(ids: { compoundId: string; meetingId: string }, asksBallots: boolean) {
  const meeting = await loadMeeting(ids)
  const [mine, turnout] = await Promise.all([
    asksBallots ? loadMyBallots(ids) : Promise.resolve(undefined),
    counted(meeting) ? loadTurnout(ids) : Promise.resolve(undefined),
  ])
  return { meeting, mine, turnout }
}
