import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Card } from '../../components/card'
import { Field } from '../../components/field'
import { ListRow } from '../../components/list-row'
import { Button, Input } from '../../components/nut'
import { Empty, ErrorNote, Loading } from '../../components/status'
import { useRemote } from '../../hooks/use-remote'
import { go, restart } from '../../lib/navigation'
import { useSession } from '../../state/session'
import { loadJoinable, searchCompounds } from './api'
import { pendingJoin } from './pending-join'
import { PrivacyConsent } from './privacy-consent'
import { useJoin } from './use-join'
import './joining.scss'

function Joined({ name }: { name: string }) {
  return (
    <View className="join-done">
      <Text className="join-done__title">已加入</Text>
      <Text className="muted">
        您已加入{name}，现在可以随手拍报修、看小区公告。业主认证后还可以参与表决、查看账本。
      </Text>
      <Button className="join-bind" type="primary" size="large" block onClick={() => go('bindingRequest')}>
        申请业主认证
      </Button>
      <Button className="join-home" size="large" block onClick={() => restart('home')}>
        先去首页
      </Button>
    </View>
  )
}

function JoinForm({ compoundId }: { compoundId: string }) {
  const join = useJoin(compoundId)
  if (join.joined) return null
  return (
    <>
      <PrivacyConsent agreed={join.agreed} onToggle={join.toggleAgreed} />
      {join.error ? <ErrorNote message={join.error} /> : null}
      <Button className="join-submit" type="primary" size="large" block loading={join.busy} onClick={join.join}>
        加入小区
      </Button>
    </>
  )
}

/** The compound a QR code (or the search) chose: its name and address, then agree and join. */
function ChosenCompound({ compoundId, onPickAnother }: { compoundId: string; onPickAnother?: () => void }) {
  const session = useSession()
  const place = useRemote(() => loadJoinable(compoundId), [compoundId])
  const member = session?.memberships.some((m) => m.compoundId === compoundId) ?? false
  if (place.loading && !place.data) return <Loading />
  if (place.error) return <ErrorNote message={place.error} onRetry={place.reload} />
  if (!place.data) return null
  const c = place.data
  return (
    <Card title={c.name} className="join-compound">
      <Text className="join-address">
        {c.street} · {c.address}
      </Text>
      {!session ? (
        <>
          <Text className="muted">登录后即可加入这个小区。</Text>
          <Button
            className="join-login"
            type="primary"
            size="large"
            block
            onClick={() => {
              pendingJoin.write(compoundId)
              restart('login')
            }}
          >
            登录后加入
          </Button>
        </>
      ) : member ? (
        <Joined name={c.name} />
      ) : (
        <JoinForm compoundId={compoundId} />
      )}
      {onPickAnother && !member ? (
        <Button className="join-other" size="large" block onClick={onPickAnother}>
          不是这个小区，重新选择
        </Button>
      ) : null}
    </Card>
  )
}

/** Without a QR code: find the compound by the start of its name. */
function CompoundSearch({ onPick }: { onPick: (compoundId: string) => void }) {
  const session = useSession()
  const [q, setQ] = useState('')
  const found = useRemote(() => (session ? searchCompounds(q.trim()) : undefined), [q, session?.user.userId])
  return (
    <Card title="加入小区" className="join-search">
      <Text className="muted">扫小区大堂的二维码最方便；没有二维码时，按小区名称查找。</Text>
      <Field label="小区名称">
        <Input
          className="join-search-input"
          value={q}
          placeholder="输入小区名称开头，如 和谐"
          onChange={(v: string) => setQ(v)}
        />
      </Field>
      {found.error ? <ErrorNote message={found.error} onRetry={found.reload} /> : null}
      {found.loading && !found.data ? <Loading /> : null}
      {found.data?.length === 0 ? <Empty text="没有找到这个名称开头的小区，请核对名称或联系社区。" /> : null}
      {found.data?.map((c) => (
        <ListRow
          key={c.compoundId}
          className="join-result"
          title={c.name}
          sub={`${c.street} · ${c.address}`}
          extra="›"
          onClick={() => onPick(c.compoundId)}
        />
      ))}
    </Card>
  )
}

/**
 * How a resident joins a compound (issue #12): opened by a compound's QR code with the compound chosen, or from
 * home with a search by name. Joining needs the privacy guide agreed first (W3) and makes a resident, not an
 * owner (V13); owner verification is offered right after.
 */
export function JoinScreen({ compoundId }: { compoundId?: string }) {
  const [picked, setPicked] = useState<string | undefined>(compoundId ?? pendingJoin.read())
  if (picked) return <ChosenCompound compoundId={picked} onPickAnother={() => setPicked(undefined)} />
  return <CompoundSearch onPick={setPicked} />
}
