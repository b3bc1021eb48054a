import { Text, View } from '@tarojs/components'
import { Button } from '../../components/nut'
import { ErrorNote, Loading } from '../../components/status'
import { ElderToggle } from '../../components/elder-toggle'
import { useRemote } from '../../hooks/use-remote'
import { devPersonas } from '../../lib/login'
import { isWeapp } from '../../lib/platform'
import { NewUserLogin } from './new-user-login'
import { PersonaPicker } from './persona-picker'
import { useLogin } from './use-login'
import './login-screen.scss'

function BrowserLogin({ then }: { then?: () => void }) {
  const personas = useRemote(() => devPersonas(), [])
  const login = useLogin(then)
  if (personas.loading) return <Loading />
  if (personas.error) return <ErrorNote message={personas.error} onRetry={personas.reload} />
  if (!personas.data) {
    return (
      <View className="login-note">
        <Text>请在微信里搜索「家园」小程序，用微信登录。</Text>
      </View>
    )
  }
  return (
    <View>
      <Text className="login-lead">演示登录：选一位居民，看他看到的家园</Text>
      {login.error ? <ErrorNote message={login.error} /> : null}
      <PersonaPicker personas={personas.data} busyId={login.busy} onPick={(id) => void login.asPersona(id)} />
      <NewUserLogin busy={login.busy === 'new'} onLogin={(name) => void login.asNewUser(name)} />
    </View>
  )
}

function WechatLogin({ then }: { then?: () => void }) {
  const login = useLogin(then)
  return (
    <View className="login-wechat">
      <Text className="login-lead">用微信身份登录，不需要密码。</Text>
      {login.error ? <ErrorNote message={login.error} /> : null}
      <Button
        className="wechat-login"
        type="primary"
        size="large"
        block
        loading={login.busy === 'wechat'}
        onClick={() => void login.withWechat()}
      >
        微信一键登录
      </Button>
    </View>
  )
}

/** `then`: where to go once logged in (an invite link opened before login); home by default. */
export function LoginScreen({ then }: { then?: () => void } = {}) {
  return (
    <View className="login-screen">
      <View className="login-brand">
        <Text className="login-brand__name">家园</Text>
        <Text className="login-brand__line">党建引领 · 业主共治 · 账目公开</Text>
      </View>
      <View className="login-elder">
        <ElderToggle />
      </View>
      {isWeapp ? <WechatLogin {...(then ? { then } : {})} /> : <BrowserLogin {...(then ? { then } : {})} />}
    </View>
  )
}
