import { useRemote } from '../../../hooks/use-remote'
import { loadMeetings } from '../api'

export function useMeetings(compoundId: string | undefined) {
  return useRemote(() => (compoundId ? loadMeetings(compoundId) : undefined), [compoundId])
}
