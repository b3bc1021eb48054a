import { KEY_EMERGENCY_LABEL, type KeyLogEntry, type SpareKey } from '@jiayuan/contracts'
import { dateTimeText } from '@jiayuan/domain'
import { Image, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Card } from '../../../components/card'
import { Button } from '../../../components/nut'
import { ErrorNote } from '../../../components/status'
import { useSave } from '../../../hooks/use-save'
import { confirm } from '../../../lib/feedback'
import { previewImage } from '../../../lib/media-preview'
import { confirmRelease, consentRelease, loadKeyLog, returnKey, withdrawKey } from '../api'
import { ReleaseForm } from './release-form'

const STATUS = { held: '保管中', released: '已取用', withdrawn: '已取回' } as const

/** The release being gathered: who confirmed, whether the owner consented or an emergency was recorded. */
function ReleaseLines({ spareKey }: { spareKey: SpareKey }) {
  const r = spareKey.release
  if (!r) return null
  return (
    <View className="nb-release">
      <Text className="nb__meta">
        {r.releasedAt ? `已取用（${dateTimeText(r.releasedAt)}）` : '取用申请'}：{r.reason}
      </Text>
      {r.emergency ? <Text className="nb__meta">紧急情况：{KEY_EMERGENCY_LABEL[r.emergency]}</Text> : null}
      <Text className="nb__meta">到场保管人：{r.confirmations.map((c) => c.name).join('、')}</Text>
      {!r.emergency ? (
        <Text className="nb__meta">业主同意：{r.ownerConsentAt ? dateTimeText(r.ownerConsentAt) : '尚未同意'}</Text>
      ) : null}
      {r.returnedAt ? (
        <Text className="nb__meta nb-release__returned">
          已放回：{r.returnedByName ?? '保管人'}（{dateTimeText(r.returnedAt)}）
        </Text>
      ) : null}
    </View>
  )
}

/** One key as its owner or one of its custodians sees it, with the step the person can take (H4). */
export function KeyCard({
  spareKey,
  compoundId,
  myId,
  onChanged,
}: {
  spareKey: SpareKey
  compoundId: string
  myId: string
  onChanged(): void
}) {
  const params = { compoundId, keyId: spareKey.keyId }
  const save = useSave()
  const [log, setLog] = useState<KeyLogEntry[]>()
  const owner = spareKey.ownerId === myId
  const pending = spareKey.release && !spareKey.release.releasedAt ? spareKey.release : undefined
  const live = spareKey.status !== 'withdrawn'
  const act = async (work: () => Promise<unknown>, done: string) => {
    if (await save.run(work, done)) onChanged()
  }
  const consent = async () => {
    if (await confirm('同意取用钥匙', `${pending?.confirmations[0]?.name ?? '保管人'}：${pending?.reason ?? ''}`))
      await act(() => consentRelease(params, spareKey.version), '')
  }
  const withdraw = async () => {
    if (await confirm('取回钥匙', '取回后保管人不能再取用这把钥匙。'))
      await act(() => withdrawKey(params, spareKey.version), '已取回')
  }
  const confirmed = pending?.confirmations.some((c) => c.userId === myId) ?? false
  const out = spareKey.status === 'released'
  const giveBack = async () => {
    if (await confirm('钥匙已放回', '确认钥匙已经放回您这里保管，业主会收到通知。'))
      await act(() => returnKey(params, spareKey.version), '')
  }
  // The log opens and closes in place; the page shows it, so no toast covers the buttons.
  const toggleLog = async () => {
    if (log) return setLog(undefined)
    await save.run(async () => setLog((await loadKeyLog(params)).entries), '')
  }
  return (
    <Card
      title={spareKey.label}
      className={`nb-key nb-key--${spareKey.status}`}
      extra={<Text className={`nb-status nb-status--${spareKey.status}`}>{STATUS[spareKey.status]}</Text>}
    >
      <Text className="nb__meta">{owner ? '我的钥匙' : `业主：${spareKey.ownerName}`}</Text>
      <Text className="nb__meta">保管人：{spareKey.custodians.map((c) => c.name).join('、')}</Text>
      <Text className="nb__meta">约定：{spareKey.terms}</Text>
      <ReleaseLines spareKey={spareKey} />
      {save.error ? <ErrorNote message={save.error} /> : null}
      {owner && live && pending && !pending.ownerConsentAt && !pending.emergency ? (
        <Button className="nb-consent-release" type="primary" block loading={save.busy} onClick={() => void consent()}>
          同意取用
        </Button>
      ) : null}
      {!owner && live && pending && !confirmed ? (
        <Button
          className="nb-confirm-release"
          type="primary"
          block
          loading={save.busy}
          onClick={() => void act(() => confirmRelease(params, spareKey.version), '')}
        >
          我也在场，确认取用
        </Button>
      ) : null}
      {!owner && live && pending && confirmed ? <Text className="nb__meta muted">等另一位保管人确认。</Text> : null}
      {!owner && out ? (
        <Button className="nb-return-key" type="primary" block loading={save.busy} onClick={() => void giveBack()}>
          钥匙已放回
        </Button>
      ) : null}
      {!owner && live && !pending && !out ? (
        <ReleaseForm compoundId={compoundId} spareKey={spareKey} onSaved={onChanged} />
      ) : null}
      {owner ? (
        <View className="nb__buttons">
          <Button
            className="nb-key-log"
            size="large"
            block
            loading={save.busy && !log}
            onClick={() => void toggleLog()}
          >
            {log ? '收起记录' : '查看记录'}
          </Button>
          {live ? (
            <Button className="nb-withdraw" size="large" block loading={save.busy} onClick={() => void withdraw()}>
              取回钥匙
            </Button>
          ) : null}
        </View>
      ) : null}
      {log ? (
        <View className="nb-log">
          {log.map((e, i) => (
            <View key={i} className="nb-log__entry">
              <Text className="nb__meta nb-log__line">
                {dateTimeText(e.at)} {e.byName}：{e.text}
              </Text>
              {e.photoUrl ? (
                <Image
                  className="nb-log__photo"
                  src={e.photoUrl}
                  mode="aspectFill"
                  ariaLabel="取用时拍的照片，点按放大"
                  nativeProps={{ alt: '取用时拍的照片' }}
                  onClick={() => previewImage(e.photoUrl ?? '')}
                />
              ) : null}
            </View>
          ))}
        </View>
      ) : null}
    </Card>
  )
}
