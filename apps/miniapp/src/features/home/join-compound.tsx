import { useState } from 'react'
import { compound } from '@jiayuan/contracts'
import { Text } from '@tarojs/components'
import { Card } from '../../components/card'
import { Field } from '../../components/field'
import { Button, Input } from '../../components/nut'
import { call } from '../../lib/api'
import { ApiError, messageOf } from '../../lib/api-error'
import { refresh } from '../../state/session'

/**
 * A new WeChat user belongs to no compound yet. The compound's code is on the notice the community
 * posts (and will be in the QR code); joining makes them a resident, never an owner (DOMAIN V13).
 */
export function JoinCompound() {
  const [code, setCode] = useState('')
  const [error, setError] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)

  async function join(): Promise<void> {
    const compoundId = code.trim()
    if (!compoundId) return setError('请填写小区编号')
    setBusy(true)
    setError(undefined)
    try {
      await call(compound.joinCompound, { params: { compoundId } })
      await refresh()
    } catch (err) {
      setError(
        err instanceof ApiError && (err.status === 404 || err.status === 400)
          ? '没有这个小区编号，请核对公告上的编号'
          : messageOf(err),
      )
    } finally {
      setBusy(false)
    }
  }

  return (
    <Card title="加入小区" className="join-compound">
      <Text className="muted">您还没有加入任何小区。请填写社区公告上的小区编号。</Text>
      <Field label="小区编号" error={error}>
        <Input className="join-code" value={code} placeholder="如 c-hexie" onChange={(v: string) => setCode(v)} />
      </Field>
      <Button type="primary" size="large" block loading={busy} onClick={() => void join()}>
        加入
      </Button>
    </Card>
  )
}
