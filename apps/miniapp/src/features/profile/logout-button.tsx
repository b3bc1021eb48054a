import { Button } from '../../components/nut'
import { confirm } from '../../lib/feedback'
import { restart } from '../../lib/navigation'
import { signOut } from '../../state/session'

export function LogoutButton() {
  async function logout(): Promise<void> {
    if (!(await confirm('退出登录', '确定要退出登录吗？'))) return
    signOut()
    restart('login')
  }
  return (
    <Button className="logout" size="large" block onClick={() => void logout()}>
      退出登录
    </Button>
  )
}
