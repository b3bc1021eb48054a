import { useState } from 'react'
import { platform, type Community } from '@jiayuan/contracts'
import { Field } from '../../components/field'
import { Button, Input } from '../../components/nut'
import { ErrorNote } from '../../components/status'
import { messageOf } from '../../lib/api-error'
import { errorsFromFailure, errorsFromZod, type FormErrors } from '../../lib/form-errors'
import { newIdempotencyKey } from '../../lib/ids'
import { createCommunity } from './api'

type F = 'name' | 'street' | 'district'
const FIX: Record<F, string> = { name: '请填写社区名称', street: '请填写所属街道', district: '请填写所属区' }

export function NewCommunityForm({ onCreated }: { onCreated(c: Community): void }) {
  const [values, setValues] = useState<Record<F, string>>({ name: '', street: '', district: '' })
  const [key] = useState(newIdempotencyKey)
  const [errors, setErrors] = useState<FormErrors<F>>({})
  const [failure, setFailure] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)
  const set = (f: F) => (v: string) => setValues((old) => ({ ...old, [f]: v }))

  async function submit(): Promise<void> {
    const parsed = platform.createCommunity.body.safeParse({ ...values, idempotencyKey: key })
    if (!parsed.success) return setErrors(errorsFromZod(parsed.error, FIX))
    setErrors({})
    setFailure(undefined)
    setBusy(true)
    try {
      onCreated(await createCommunity(parsed.data))
    } catch (err) {
      setErrors(errorsFromFailure(err, FIX))
      setFailure(messageOf(err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <Field label="社区名称" error={errors.name}>
        <Input className="community-name" value={values.name} placeholder="如：和谐社区" onChange={set('name')} />
      </Field>
      <Field label="所属街道" error={errors.street}>
        <Input className="community-street" value={values.street} placeholder="如：朝晖街道" onChange={set('street')} />
      </Field>
      <Field label="所属区" error={errors.district}>
        <Input
          className="community-district"
          value={values.district}
          placeholder="如：拱墅区"
          onChange={set('district')}
        />
      </Field>
      {failure ? <ErrorNote message={failure} /> : null}
      <Button
        className="create-community"
        type="primary"
        size="large"
        block
        loading={busy}
        onClick={() => void submit()}
      >
        新建社区
      </Button>
    </>
  )
}
