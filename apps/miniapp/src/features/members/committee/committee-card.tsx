import { useState } from 'react'
import { platform, type MemberView } from '@jiayuan/contracts'
import { shanghaiDate } from '@jiayuan/domain'
import { Text, View } from '@tarojs/components'
import { Card } from '../../../components/card'
import { ChoiceChips } from '../../../components/choice-chips'
import { DateField } from '../../../components/date-field'
import { Field } from '../../../components/field'
import { Button, Input } from '../../../components/nut'
import { Empty, ErrorNote } from '../../../components/status'
import { ToggleChips } from '../../../components/toggle-chips'
import { useRemote } from '../../../hooks/use-remote'
import { messageOf } from '../../../lib/api-error'
import { toast } from '../../../lib/feedback'
import { errorsFromFailure, errorsFromZod, type FormErrors } from '../../../lib/form-errors'
import { pickImage } from '../../../lib/media'
import { pickPdf } from '../../../lib/pick-document'
import { uploadImage } from '../../../lib/upload'
import { committeeFromElection, committeeFromFiling, loadElectionResults } from '../api'

type Source = 'filing' | 'election'
type F = 'userIds' | 'documentKey' | 'termStart' | 'termEnd' | 'reason' | 'motionId'
const FIX: Record<F, string> = {
  userIds: '请选择委员',
  documentKey: '请上传备案文件',
  termStart: '请选择任期开始日期',
  termEnd: '请选择任期结束日期',
  reason: '请填写说明',
  motionId: '请选择选举结果',
}

const SOURCES = [
  { value: 'filing', label: '街道备案', hint: '上传备案回执' },
  { value: 'election', label: '选举结果', hint: '表决通过的第 3 类事项' },
] as const

/**
 * 登记业委会 (DOMAIN G1): committee roles come only from the street's filing (with its document) or from a
 * passed election motion, each with a term; the role lapses when the term ends.
 */
export function CommitteeCard(props: { compoundId: string; members: readonly MemberView[]; onRecorded(): void }) {
  const { compoundId, members, onRecorded } = props
  const [source, setSource] = useState<Source>('filing')
  const [userIds, setUserIds] = useState<string[]>([])
  const [doc, setDoc] = useState<{ key: string; name: string } | undefined>()
  const [result, setResult] = useState<string | undefined>()
  const [termStart, setTermStart] = useState(shanghaiDate(new Date()))
  const [termEnd, setTermEnd] = useState('')
  const [reason, setReason] = useState('')
  const [errors, setErrors] = useState<FormErrors<F>>({})
  const [failure, setFailure] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)
  const results = useRemote(
    () => (source === 'election' ? loadElectionResults(compoundId) : undefined),
    [compoundId, source],
  )

  async function upload(kind: 'pdf' | 'photo'): Promise<void> {
    setFailure(undefined)
    try {
      const picked = kind === 'pdf' ? await pickPdf() : await pickImage('album')
      if (!picked) return
      setBusy(true)
      const key = await uploadImage(compoundId, 'filing_document', picked)
      setDoc({ key, name: 'name' in picked && typeof picked.name === 'string' ? picked.name : '备案照片' })
    } catch (err) {
      setFailure(messageOf(err))
    } finally {
      setBusy(false)
    }
  }

  async function submit(): Promise<void> {
    const common = { userIds, termStart, termEnd, reason }
    const [meetingId, motionId] = (result ?? '|').split('|')
    const parsed =
      source === 'filing'
        ? platform.committeeFromFiling.body.safeParse({ ...common, documentKey: doc?.key ?? '' })
        : platform.committeeFromElection.body.safeParse({ ...common, meetingId, motionId })
    if (!parsed.success) return setErrors(errorsFromZod(parsed.error, FIX))
    setErrors({})
    setFailure(undefined)
    setBusy(true)
    try {
      if (source === 'filing' && 'documentKey' in parsed.data) await committeeFromFiling(compoundId, parsed.data)
      else if ('motionId' in parsed.data) await committeeFromElection(compoundId, parsed.data)
      toast('已登记业委会委员')
      setUserIds([])
      setReason('')
      onRecorded()
    } catch (err) {
      setErrors(errorsFromFailure(err, FIX))
      setFailure(messageOf(err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Card title="登记业委会" className="committee-card">
      <Text className="muted">业委会委员只能来自街道备案或业主大会的选举结果，并有任期；任期结束后角色自动失效。</Text>
      <Field label="依据">
        <ChoiceChips<Source>
          options={SOURCES}
          value={source}
          onChange={setSource}
          chipClassName="committee-source-chip"
          columns={2}
        />
      </Field>
      {source === 'filing' ? (
        <Field label="备案文件" error={errors.documentKey}>
          <View className="committee-doc">
            {doc ? <Text className="committee-doc__name">已上传：{doc.name}</Text> : null}
            <Button className="committee-doc-pdf" loading={busy} onClick={() => void upload('pdf')}>
              上传 PDF
            </Button>
            <Button className="committee-doc-photo" loading={busy} onClick={() => void upload('photo')}>
              上传照片
            </Button>
          </View>
        </Field>
      ) : (
        <Field label="选举结果" error={errors.motionId}>
          {results.error ? <ErrorNote message={results.error} onRetry={results.reload} /> : null}
          {results.data?.length === 0 ? <Empty text="还没有表决通过并公布最终结果的选举事项。" /> : null}
          <ChoiceChips
            options={(results.data ?? []).map((r) => ({
              value: `${r.meetingId}|${r.motionId}`,
              label: r.motionTitle,
              hint: r.meetingTitle,
            }))}
            {...(result ? { value: result } : {})}
            onChange={setResult}
            chipClassName="election-chip"
            columns={1}
          />
        </Field>
      )}
      <Field label="委员" hint="须先加入本小区" error={errors.userIds}>
        <ToggleChips
          label="委员"
          options={members.map((m) => ({ value: m.userId, label: m.displayName }))}
          values={userIds}
          onChange={setUserIds}
          chipClassName="committee-member-chip"
          columns={3}
        />
      </Field>
      <Field label="任期开始" error={errors.termStart}>
        <DateField className="term-start" label="任期开始" value={termStart} onChange={setTermStart} />
      </Field>
      <Field label="任期结束" hint="每届不超过五年" error={errors.termEnd}>
        <DateField className="term-end" label="任期结束" value={termEnd} onChange={setTermEnd} />
      </Field>
      <Field label="说明" error={errors.reason}>
        <Input
          className="committee-reason"
          value={reason}
          placeholder="如：朝晖街道备案 2026 第 12 号"
          onChange={setReason}
        />
      </Field>
      {failure ? <ErrorNote message={failure} /> : null}
      <Button
        className="record-committee"
        type="primary"
        size="large"
        block
        loading={busy}
        onClick={() => void submit()}
      >
        登记业委会委员
      </Button>
    </Card>
  )
}
