import { useState } from 'react'
import { TICKET_PHOTOS_MAX, type Ticket } from '@jiayuan/contracts'
import { ProofMissing, checkResolveProof } from '@jiayuan/domain'
import { View } from '@tarojs/components'
import { Field } from '../../../components/field'
import { Button, TextArea } from '../../../components/nut'
import { confirm } from '../../../lib/feedback'
import { errorsFromApi, errorsFromFailure, type FormErrors } from '../../../lib/form-errors'
import { PhotoPicker } from '../../../components/photo-picker'
import { usePhotoUploads } from '../../../hooks/use-photo-uploads'
import { compoundUpload } from '../../../lib/upload'
import type { TicketDetailState } from './use-ticket-detail'

const FIX = { photoKeys: '请至少拍一张完工照片', note: '请写明处理情况' }

/**
 * Declaring the fix (DOMAIN T10): after-photos, the note the requester reads, and a confirmation that says what
 * happens next. What is missing is said under its field before anything is asked, by the same rule the API
 * applies (`checkResolveProof`, with the categories that waive the photo); the API's refusal lands there too.
 */
export function ResolveForm({
  compoundId,
  ticket,
  photoWaivedCategories,
  state,
  reopenDays,
}: {
  compoundId: string
  ticket: Ticket
  photoWaivedCategories: readonly string[]
  state: TicketDetailState
  reopenDays: number
}) {
  const uploads = usePhotoUploads(compoundUpload(compoundId, 'ticket_photo'), TICKET_PHOTOS_MAX)
  const [note, setNote] = useState('')
  const [errors, setErrors] = useState<FormErrors<keyof typeof FIX>>({})

  async function resolve(): Promise<void> {
    const action = { type: 'resolve' as const, note: note.trim(), photoKeys: uploads.keys }
    try {
      checkResolveProof(ticket, action, { reopenWindowDays: reopenDays, confirmTimeoutDays: 0, photoWaivedCategories })
    } catch (err) {
      if (!(err instanceof ProofMissing)) throw err
      setErrors(errorsFromApi(err.missing, FIX))
      return
    }
    const sure = await confirm('确认已解决？', `报修人将收到通知，并在 ${reopenDays} 天内确认或重新打开。`)
    if (!sure) return
    setErrors({})
    const ok = await state.act(action, '已处理完成，等报修人确认', (err) => setErrors(errorsFromFailure(err, FIX)))
    if (ok) uploads.clear()
  }

  return (
    <View className="actions-block resolve-form">
      <PhotoPicker
        uploads={uploads}
        name="resolve-photo"
        label="完工照片"
        hint="拍下修好后的样子，报修人据此确认"
        error={errors.photoKeys}
      />
      <Field label="处理说明" hint="做了什么，报修人会看到" error={errors.note}>
        <TextArea
          className="resolution-note"
          value={note}
          maxLength={500}
          placeholder="如：已更换楼道灯泡"
          onChange={(v: string) => setNote(v)}
        />
      </Field>
      <Button
        className="ticket-resolve"
        type="primary"
        size="large"
        block
        disabled={uploads.uploading}
        loading={state.busy === 'resolve'}
        onClick={() => void resolve()}
      >
        处理完成
      </Button>
    </View>
  )
}
