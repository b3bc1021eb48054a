import { canCall, neighbours, type Membership } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { Empty, ErrorNote, Loading } from '../../../components/status'
import { useRemote } from '../../../hooks/use-remote'
import { useSession } from '../../../state/session'
import { loadKeys, loadRegistry } from '../api'
import { DepositForm } from './deposit-form'
import { KeyCard } from './key-card'
import '../neighbours.scss'

/** 钥匙管家 (H4): keys I deposited (consent, log, withdraw) and keys I keep for neighbours (release). */
export function KeysScreen({ membership, focus }: { membership: Membership; focus?: string }) {
  const { compoundId } = membership
  const myId = useSession()?.user.userId ?? ''
  const keys = useRemote(() => loadKeys(compoundId), [compoundId])
  const registry = useRemote(() => loadRegistry(compoundId), [compoundId])
  if (keys.loading && !keys.data) return <Loading />
  if (keys.error || !keys.data) return <ErrorNote message={keys.error ?? '加载失败'} onRetry={keys.reload} />
  const { mine, custody } = keys.data
  const first = <T extends { keyId: string }>(list: T[]) =>
    focus ? [...list].sort((a, b) => Number(b.keyId === focus) - Number(a.keyId === focus)) : list
  return (
    <View className="nb">
      <Text className="nb__section">我保管的钥匙</Text>
      {custody.length === 0 ? <Empty text="没有邻居托您保管钥匙" /> : null}
      {first(custody).map((k) => (
        <KeyCard key={k.keyId} spareKey={k} compoundId={compoundId} myId={myId} onChanged={keys.reload} />
      ))}
      <Text className="nb__section">我存放的钥匙</Text>
      {mine.length === 0 ? <Empty text="还没有存放钥匙" /> : null}
      {first(mine).map((k) => (
        <KeyCard key={k.keyId} spareKey={k} compoundId={compoundId} myId={myId} onChanged={keys.reload} />
      ))}
      {canCall(neighbours.depositKey, membership.roles) ? (
        <DepositForm compoundId={compoundId} people={registry.data ?? []} myId={myId} onSaved={keys.reload} />
      ) : null}
    </View>
  )
}
