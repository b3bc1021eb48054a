import { KEY_EMERGENCY_LABEL, KeyEmergency, OpenReleaseRequest, type SpareKey } from '@jiayuan/contracts'
import { Text } from '@tarojs/components'
import { useState } from 'react'
import { ChoiceChips } from '../../../components/choice-chips'
import { Field } from '../../../components/field'
import { Button, TextArea } from '../../../components/nut'
import { ErrorNote } from '../../../components/status'
import { useSave } from '../../../hooks/use-save'
import { messageOf } from '../../../lib/api-error'
import { confirm } from '../../../lib/feedback'
import { pickImage } from '../../../lib/media'
import { uploadImage } from '../../../lib/upload'
import { openRelease } from '../api'

type Basis = 'consent' | KeyEmergency
const BASES: ReadonlyArray<{ value: Basis; label: string }> = [
  { value: 'consent', label: '请业主同意' },
  ...KeyEmergency.options.map((value) => ({ value, label: `紧急：${KEY_EMERGENCY_LABEL[value]}` })),
]

/** H4: a custodian starts a release with a photo and a reason; an emergency goes ahead without consent. */
export function ReleaseForm({
  compoundId,
  spareKey,
  onSaved,
}: {
  compoundId: string
  spareKey: SpareKey
  onSaved(): void
}) {
  const [reason, setReason] = useState('')
  const [basis, setBasis] = useState<Basis>('consent')
  const [photoKey, setPhotoKey] = useState('')
  const [uploading, setUploading] = useState(false)
  const save = useSave()
  const addPhoto = async () => {
    const photo = await pickImage('camera')
    if (!photo) return
    setUploading(true)
    try {
      setPhotoKey(await uploadImage(compoundId, 'attachment', photo))
    } catch (err) {
      save.setError(messageOf(err))
    } finally {
      setUploading(false)
    }
  }
  const submit = async () => {
    const body = {
      reason,
      photoKey,
      expectedVersion: spareKey.version,
      ...(basis === 'consent' ? {} : { emergency: basis }),
    }
    const checked = OpenReleaseRequest.safeParse(body)
    if (!checked.success) return save.setError(checked.error.issues[0]?.message)
    const note =
      basis === 'consent' ? '业主会马上收到通知，同意后才能取用。' : '紧急情况不需业主同意，但业主会马上收到通知。'
    if (!(await confirm('申请取用钥匙', `还需另一位保管人到场确认。${note}`))) return
    if (
      await save.run(
        () => openRelease({ compoundId, keyId: spareKey.keyId }, checked.data),
        '已申请，等另一位保管人确认',
      )
    )
      onSaved()
  }
  return (
    <>
      <Field label="取用原因">
        <TextArea className="nb-release-reason" value={reason} onChange={setReason} placeholder="为什么要开门" />
      </Field>
      <Field label="依据">
        <ChoiceChips<Basis> options={BASES} value={basis} onChange={setBasis} columns={2} chipClassName="nb-basis" />
      </Field>
      <Button className="nb-release-photo" block loading={uploading} onClick={() => void addPhoto()}>
        {photoKey ? '已拍照（点此重拍）' : '拍照留存（钥匙和在场的人）'}
      </Button>
      {!photoKey ? <Text className="muted">取用钥匙必须拍照。</Text> : null}
      {save.error ? <ErrorNote message={save.error} /> : null}
      <Button className="nb-release-open" type="primary" block loading={save.busy} onClick={() => void submit()}>
        申请取用
      </Button>
    </>
  )
}
