import { PageShell } from '../../components/page-shell'
import { LoginScreen } from '../../features/auth/login-screen'

export default function LoginPage() {
  return (
    <PageShell className="login" requireLogin={false}>
      <LoginScreen />
    </PageShell>
  )
}
