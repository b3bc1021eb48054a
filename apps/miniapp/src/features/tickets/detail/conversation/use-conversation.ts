import { useState } from 'react'
import { MESSAGE_PHOTOS_MAX, MESSAGE_TEXT_MAX, PostMessageRequest } from '@jiayuan/contracts'
import { useReloadOnShow } from '../../../../hooks/use-reload-on-show'
import { useRemote } from '../../../../hooks/use-remote'
import { messageOf } from '../../../../lib/api-error'
import { toast } from '../../../../lib/feedback'
import { errorsFromFailure, errorsFromZod, type FormErrors } from '../../../../lib/form-errors'
import { newIdempotencyKey } from '../../../../lib/ids'
import { loadMessages, sendMessage } from '../../api'
import { usePhotoUploads } from '../../../../hooks/use-photo-uploads'
import { compoundUpload } from '../../../../lib/upload'

export type MessageField = 'text' | 'photoKeys'

/** Words for a field when the contract's own message is not in Chinese. */
const FIX: Record<MessageField, string> = {
  text: `请输入 1–${MESSAGE_TEXT_MAX} 字的留言`,
  photoKeys: `每条留言最多 ${MESSAGE_PHOTOS_MAX} 张照片`,
}

/**
 * A ticket's thread and the draft of the next message. The draft is checked with the contract's schema before
 * it is sent (the API's 400 lands on the same fields); one idempotency key per draft, so a retry after a lost
 * answer never sends twice.
 */
export function useConversation(compoundId: string, ticketId: string) {
  const thread = useRemote(() => loadMessages(compoundId, ticketId), [compoundId, ticketId])
  useReloadOnShow(thread.reload)
  const photos = usePhotoUploads(compoundUpload(compoundId, 'ticket_photo'), MESSAGE_PHOTOS_MAX)
  const [text, setText] = useState('')
  const [key, setKey] = useState(newIdempotencyKey)
  const [errors, setErrors] = useState<FormErrors<MessageField>>({})
  const [failure, setFailure] = useState<string | undefined>()
  const [sending, setSending] = useState(false)

  async function send(): Promise<void> {
    if (sending) return
    setFailure(undefined)
    if (photos.uploading) return setFailure('照片还在上传，请稍候')
    const parsed = PostMessageRequest.safeParse({ text, photoKeys: photos.keys, idempotencyKey: key })
    if (!parsed.success) return setErrors(errorsFromZod(parsed.error, FIX))
    setErrors({})
    setSending(true)
    try {
      await sendMessage(compoundId, ticketId, parsed.data)
      setText('')
      photos.clear()
      setKey(newIdempotencyKey())
      toast('已发送')
      thread.reload()
    } catch (err) {
      const fields = errorsFromFailure(err, FIX)
      setErrors(fields)
      if (Object.keys(fields).length === 0) setFailure(messageOf(err))
    } finally {
      setSending(false)
    }
  }

  return {
    thread,
    photos,
    text,
    setText: (value: string) => {
      setText(value)
      setErrors((e) => ({ ...e, text: undefined }))
    },
    errors,
    failure,
    sending,
    send: () => void send(),
  }
}

export type Conversation = ReturnType<typeof useConversation>
