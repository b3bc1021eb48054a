import type { Membership, Session } from '@jiayuan/contracts'
import { ApiError } from '../lib/api-error'
import { loginWithWechat, refreshSession } from '../lib/login'
import { isWeapp } from '../lib/platform'
import { singleFlight } from '../lib/session-renewal'
import { getState, setState, useAppState, type AppState } from './store'

function pickCompound(session: Session, preferred?: string): string | undefined {
  const ids = session.memberships.map((m) => m.compoundId)
  return preferred && ids.includes(preferred) ? preferred : ids[0]
}

export function signIn(session: Session): void {
  const before = getState()
  // Keep the compound choice across a refresh, not when a different person logs in on this phone.
  const preferred = before.session?.user.userId === session.user.userId ? before.compoundId : undefined
  setState({ session, compoundId: pickCompound(session, preferred) })
}

export function signOut(): void {
  setState({ session: undefined, compoundId: undefined })
}

/** Re-issues the token with current roles, e.g. after a binding was approved (owner role and units). */
export async function refresh(): Promise<Session | undefined> {
  if (!getState().session) return undefined
  const session = await refreshSession()
  signIn(session)
  return session
}

const refusedOrOffline = (err: unknown): 'refused' | 'offline' =>
  err instanceof ApiError && err.status === 0 ? 'offline' : 'refused'

/**
 * Keeps a resident signed in without a login page (issue #12): the token is refreshed while it is valid; when
 * that is refused (expired, or past the 30-day session lifetime the API enforces) WeChat logs in again with a
 * fresh `wx.login` code (DOMAIN W1). A browser has no silent login: there the person logs in again.
 */
export const renewSession = singleFlight(async (): Promise<'renewed' | 'refused' | 'offline'> => {
  if (!getState().session) return 'refused'
  let outcome: 'refused' | 'offline' = 'refused'
  try {
    signIn(await refreshSession())
    return 'renewed'
  } catch (err) {
    outcome = refusedOrOffline(err)
  }
  if (!isWeapp || outcome === 'offline') return outcome
  try {
    signIn(await loginWithWechat())
    return 'renewed'
  } catch (err) {
    return refusedOrOffline(err)
  }
})

/** The phone the person just shared from WeChat, kept in their session so every page knows it is on file. */
export function setOwnPhone(phone: string): void {
  const { session } = getState()
  if (session) setState({ session: { ...session, user: { ...session.user, phone } } })
}

export function switchCompound(compoundId: string): void {
  setState({ compoundId })
}

export function currentMembership(s: AppState): Membership | undefined {
  const memberships = s.session?.memberships ?? []
  return memberships.find((m) => m.compoundId === s.compoundId) ?? memberships[0]
}

export function useSession(): Session | undefined {
  return useAppState((s) => s.session)
}

export function useMembership(): Membership | undefined {
  return useAppState(currentMembership)
}
