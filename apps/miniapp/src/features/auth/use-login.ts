import { useState } from 'react'
import type { Session } from '@jiayuan/contracts'
import { messageOf } from '../../lib/api-error'
import { loginAsNewUser, loginAsPersona, loginWithWechat } from '../../lib/login'
import { restart } from '../../lib/navigation'
import { signIn } from '../../state/session'

/** Logs in one way or the other, keeps the session and opens the home page (or `then`). */
export function useLogin(then: () => void = () => restart('home')) {
  const [busy, setBusy] = useState<string | undefined>()
  const [error, setError] = useState<string | undefined>()

  async function run(id: string, login: () => Promise<Session>): Promise<void> {
    setBusy(id)
    setError(undefined)
    try {
      signIn(await login())
      then()
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setBusy(undefined)
    }
  }

  return {
    busy,
    error,
    asPersona: (personaId: string) => run(personaId, () => loginAsPersona(personaId)),
    asNewUser: (displayName: string) => run('new', () => loginAsNewUser(displayName)),
    withWechat: () => run('wechat', loginWithWechat),
  }
}
