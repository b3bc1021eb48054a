import { canCall, neighbours, type Membership, type SpareKey } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { Empty, ErrorNote, Loading } from '../../../components/status'
import { useRemote } from '../../../hooks/use-remote'
import { useSession } from '../../../state/session'
import { loadKeys, loadRegistry } from '../api'
import { DepositForm } from './deposit-form'
import { KeyCard } from './key-card'
import '../neighbours.scss'

interface SectionProps {
  title: string
  empty: string
  list: SpareKey[]
  compoundId: string
  myId: string
  onChanged(): void
}

function Section({ title, empty, list, compoundId, myId, onChanged }: SectionProps) {
  return (
    <>
      <Text className="nb__section">{title}</Text>
      {list.length === 0 ? <Empty text={empty} /> : null}
      {list.map((k) => (
        <KeyCard key={k.keyId} spareKey={k} compoundId={compoundId} myId={myId} onChanged={onChanged} />
      ))}
    </>
  )
}

/** 钥匙管家 (H4): keys I deposited (consent, log, withdraw) and keys I keep for neighbours (release). */
export function KeysScreen({ membership, focus }: { membership: Membership; focus?: string }) {
  const { compoundId } = membership
  const myId = useSession()?.user.userId ?? ''
  const keys = useRemote(() => loadKeys(compoundId), [compoundId])
  const registry = useRemote(() => loadRegistry(compoundId), [compoundId])
  if (keys.loading && !keys.data) return <Loading />
  if (keys.error || !keys.data) return <ErrorNote message={keys.error ?? '加载失败'} onRetry={keys.reload} />
  const focused = (list: SpareKey[]) =>
    focus ? [...list].sort((a, b) => Number(b.keyId === focus) - Number(a.keyId === focus)) : list
  const common = { compoundId, myId, onChanged: keys.reload }
  const mine = (
    <Section key="mine" title="我存放的钥匙" empty="还没有存放钥匙" list={focused(keys.data.mine)} {...common} />
  )
  const custody = (
    <Section
      key="custody"
      title="我保管的钥匙"
      empty="没有邻居托您保管钥匙"
      list={focused(keys.data.custody)}
      {...common}
    />
  )
  return (
    <View className="nb">
      {/* Whoever has keys of their own sees them first; a custodian without keys sees the ones they keep. */}
      {keys.data.mine.length > 0 ? [mine, custody] : [custody, mine]}
      {canCall(neighbours.depositKey, membership.roles) ? (
        <DepositForm compoundId={compoundId} people={registry.data ?? []} myId={myId} onSaved={keys.reload} />
      ) : null}
    </View>
  )
}
