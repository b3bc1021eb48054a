import { useSyncExternalStore } from 'react'
import { Session } from '@jiayuan/contracts'
import { isWeapp } from '../lib/platform'
import { readStored, removeStored, writeStored } from '../lib/storage'

/**
 * The little state every page shares: who is logged in, which compound they are looking at, and whether
 * they chose elder mode. Kept outside React so the request layer can read the token, and persisted so a
 * restart of the mini-program keeps it.
 */
export interface AppState {
  session?: Session
  compoundId?: string
  /** The person's own choice; undefined means "follow WeChat's font size". */
  elderChoice?: boolean
}

const KEYS = { session: 'jy.session', compoundId: 'jy.compound', elderChoice: 'jy.elder' } as const

function load(): AppState {
  const session = readStored(KEYS.session, (raw) => {
    const parsed = Session.safeParse(raw)
    // WeChat can log in again silently (a fresh wx.login), so an expired session is kept there and renewed on
    // the first call; a browser cannot, so there an expired session means the login page.
    return parsed.success && (isWeapp || Date.parse(parsed.data.expiresAt) > Date.now()) ? parsed.data : undefined
  })
  const compoundId = readStored(KEYS.compoundId, (raw) => (typeof raw === 'string' ? raw : undefined))
  const elderChoice = readStored(KEYS.elderChoice, (raw) => (typeof raw === 'boolean' ? raw : undefined))
  return {
    ...(session ? { session } : {}),
    ...(compoundId ? { compoundId } : {}),
    ...(elderChoice !== undefined ? { elderChoice } : {}),
  }
}

let state: AppState = load()
const listeners = new Set<() => void>()

function persist(key: keyof AppState, value: unknown): void {
  if (value === undefined) removeStored(KEYS[key])
  else writeStored(KEYS[key], value)
}

export function getState(): AppState {
  return state
}

export function setState(patch: Partial<AppState>): void {
  const next: AppState = { ...state }
  for (const key of Object.keys(patch) as Array<keyof AppState>) {
    const value = patch[key]
    if (value === undefined) delete next[key]
    else (next as Record<string, unknown>)[key] = value
    persist(key, value)
  }
  state = next
  listeners.forEach((fn) => fn())
}

function subscribe(fn: () => void): () => void {
  listeners.add(fn)
  return () => listeners.delete(fn)
}

/** Subscribe to one slice; the selector must return something stable (a field, not a new object). */
export function useAppState<T>(select: (s: AppState) => T): T {
  return useSyncExternalStore(
    subscribe,
    () => select(state),
    () => select(state),
  )
}
