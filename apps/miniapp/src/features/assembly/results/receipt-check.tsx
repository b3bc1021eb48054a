import { useState } from 'react'
import { CHOICE_LABEL } from '@jiayuan/contracts'
import { isFullReceipt, parseReceiptText } from '@jiayuan/domain'
import { Text, View } from '@tarojs/components'
import { Card } from '../../../components/card'
import { Field } from '../../../components/field'
import { Button, TextArea } from '../../../components/nut'
import { ErrorNote } from '../../../components/status'
import { messageOf } from '../../../lib/api-error'
import { pasteText } from '../../../lib/clipboard'
import { loadBallotList } from '../api'
import { keepHeld, keptReceipts, pinRoot, pinnedRoot } from '../shared/kept-receipts'
import { VERDICT_LABEL, VERDICT_TEXT, checkKeptReceipts } from './receipt-verdict'
import './receipt-check.scss'

interface Props {
  ids: { compoundId: string; meetingId: string }
  /** The root the result page shows; the device pins the first one it sees, and the voter can type the printed one. */
  announcedRoot: string
  title(motionId: string): string
}

type Outcome = ReturnType<typeof checkKeptReceipts> & { entries: number }

/**
 * 核对我的回执 (DOMAIN V11): the receipts this phone kept when the ballot was cast, or one pasted, checked
 * against the published ballot list and the root hash printed in the result announcement and the monthly
 * report. Only the list is downloaded; nothing the server says about the receipts is used.
 */
export function ReceiptCheck({ ids, announcedRoot, title }: Props) {
  const [kept, setKept] = useState(() => keptReceipts(ids.meetingId))
  const [root, setRoot] = useState(() => {
    pinRoot(ids.meetingId, announcedRoot)
    return pinnedRoot(ids.meetingId) ?? announcedRoot
  })
  const [pasted, setPasted] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | undefined>()
  const [outcome, setOutcome] = useState<Outcome | undefined>()

  const pastedReceipt = pasted.trim() ? parseReceiptText(pasted) : undefined
  const pastedError = pasted.trim() && !pastedReceipt ? '请粘贴投票时复制的完整回执，或 64 位回执编号' : undefined
  const rootOk = /^[0-9a-fA-F]{64}$/.test(root.trim())

  async function run(): Promise<void> {
    if (!rootOk) return setError('请填写公告或月报上印的 64 位根哈希')
    setBusy(true)
    setError(undefined)
    try {
      const list = await loadBallotList(ids)
      const fresh = pastedReceipt && !kept.some((k) => k.held.receipt === pastedReceipt.receipt)
      const items = [...kept, ...(pastedReceipt && fresh ? [{ held: pastedReceipt }] : [])]
      setOutcome({ ...checkKeptReceipts(list, root, items), entries: list.entries.length })
      // A full receipt pasted for this meeting is kept, so the next check needs no paste.
      if (pastedReceipt && isFullReceipt(pastedReceipt) && pastedReceipt.meetingId === ids.meetingId) {
        keepHeld(ids.meetingId, [pastedReceipt])
        setKept(keptReceipts(ids.meetingId))
        setPasted('')
      }
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setBusy(false)
    }
  }

  const nothing = kept.length === 0 && !pastedReceipt
  return (
    <Card title="核对我的回执" className="receipt-check">
      <Text className="muted">
        下载公布的选票清单，在您的手机上算出它的根哈希，与公告和月报上印的根哈希比对，再在清单里找到您的回执。
      </Text>
      <Text className="receipt-check__kept">
        {kept.length > 0 ? `本机保存了 ${kept.length} 张回执（投票时保存）：` : '本机没有保存本次表决的回执。'}
      </Text>
      {kept.map((k) => (
        <Text key={k.held.receipt} className="receipt-check__item">
          {k.forName ? `代${k.forName} · ` : ''}
          {title(k.held.motionId)} · {CHOICE_LABEL[k.held.choice]} · 第 {k.held.version} 版
        </Text>
      ))}
      <Field label="粘贴回执（选填）" hint="在别的手机投的票，粘贴投票时复制的回执或 64 位回执编号" error={pastedError}>
        <TextArea
          className="receipt-paste"
          value={pasted}
          maxLength={1000}
          placeholder="家园表决回执……"
          onChange={(v: string) => setPasted(v)}
        />
      </Field>
      <Button
        className="receipt-paste-button"
        size="small"
        onClick={() => void pasteText().then((t) => (t ? setPasted(t) : undefined))}
      >
        从剪贴板粘贴
      </Button>
      <Field label="公布的根哈希" hint="与结果公告、物业月报上印的核对；不同请改成印着的那个">
        <TextArea className="receipt-root" value={root} maxLength={80} onChange={(v: string) => setRoot(v.trim())} />
      </Field>
      {error ? <ErrorNote message={error} onRetry={() => void run()} /> : null}
      {outcome ? (
        <View className="receipt-check__out">
          {outcome.receipts.map((r) => (
            <View key={r.receipt} className={`receipt-verdict receipt-verdict--${r.verdict === 'ok' ? 'ok' : 'bad'}`}>
              <Text className="receipt-verdict__word">{VERDICT_LABEL[r.verdict]}</Text>
              <Text className="receipt-verdict__what">
                {r.forName ? `代${r.forName}：` : ''}
                {r.motionId ? title(r.motionId) : '粘贴的回执'}
                {r.entry ? `，清单记录为“${CHOICE_LABEL[r.entry.choice]}”` : ''}
                {r.verdict === 'ok' ? (r.counted ? '，已计入结果' : '，已被之后的选票取代') : ''}
              </Text>
              <Text className="receipt-verdict__why">{VERDICT_TEXT[r.verdict]}</Text>
              <Text className="receipt-verdict__code">回执 {r.receipt.slice(0, 16)}…</Text>
            </View>
          ))}
          <Text className={`receipt-check__list receipt-check__list--${outcome.recountOk ? 'ok' : 'bad'}`}>
            {outcome.recountOk
              ? `选票清单 ${outcome.entries} 条，重新计票与公布结果一致`
              : `选票清单有问题：${outcome.problems.join('；')}`}
          </Text>
        </View>
      ) : null}
      <Button
        className="check-receipts"
        type="primary"
        size="large"
        block
        disabled={nothing}
        loading={busy}
        onClick={() => void run()}
      >
        {nothing ? '没有可核对的回执' : outcome ? '重新核对' : '开始核对'}
      </Button>
    </Card>
  )
}
