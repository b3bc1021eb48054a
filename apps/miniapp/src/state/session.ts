import type { Membership, Session } from '@jiayuan/contracts'
import { refreshSession } from '../lib/login'
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
