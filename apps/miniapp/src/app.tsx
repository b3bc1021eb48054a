import type { PropsWithChildren } from 'react'
import { installZhErrors } from '@jiayuan/contracts'
import { configureAuth } from './lib/request'
import { restart } from './lib/navigation'
import { useLaunch } from './lib/page-life'
import { getState } from './state/store'
import { renewSession, signOut } from './state/session'
import './app.scss'

// A form's own schema check speaks Chinese, as the API's 400s do (issue 15 item 6).
installZhErrors()

configureAuth({
  token: () => getState().session?.token,
  expiresAt: () => getState().session?.expiresAt,
  renew: renewSession,
  // Several calls can fail together when a token expires; only the first one leads to the login page.
  onUnauthorized: () => {
    if (!getState().session) return
    signOut()
    restart('login')
  },
})

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    // Roles may have changed since the token was issued (a binding approved, a role granted); a token that can
    // no longer be renewed sends the person to the login page, a network failure leaves them where they are.
    void renewSession().then((outcome) => {
      if (outcome === 'refused' && getState().session) {
        signOut()
        restart('login')
      }
    })
  })
  return children
}

// Taro needs the app component as the default export.
export default App
