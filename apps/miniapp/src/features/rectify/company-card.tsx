import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Card } from '../../components/card'
import { ChoiceChips } from '../../components/choice-chips'
import { Field } from '../../components/field'
import { Button, Input } from '../../components/nut'
import { ErrorNote } from '../../components/status'
import { useRemote } from '../../hooks/use-remote'
import { messageOf } from '../../lib/api-error'
import { toast } from '../../lib/feedback'
import { loadCompoundCompany, setCompoundCompany } from './api'

/** The compound's property company as an organisation (S3): shown to issuers, who may link another one. */
export function CompanyCard({ compoundId }: { compoundId: string }) {
  const remote = useRemote(() => loadCompoundCompany(compoundId), [compoundId])
  const [editing, setEditing] = useState(false)
  const [chosen, setChosen] = useState<string>()
  const [name, setName] = useState('')
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const current = remote.data?.current
  async function save(): Promise<void> {
    setBusy(true)
    setError(undefined)
    try {
      await setCompoundCompany(compoundId, {
        ...(chosen ? { companyId: chosen } : { name: name.trim() }),
        reason: reason.trim(),
      })
      toast('已登记')
      setEditing(false)
      remote.reload()
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setBusy(false)
    }
  }
  return (
    <Card title="物业企业" className="rect-company">
      <Text className="rect-row__line">{current ? current.name : '还没有登记物业企业，登记后才能发整改通知。'}</Text>
      {!editing ? (
        <Button className="rect-company-edit" size="large" block onClick={() => setEditing(true)}>
          {current ? '更换物业企业' : '登记物业企业'}
        </Button>
      ) : (
        <View className="rect-actions">
          {(remote.data?.choices.length ?? 0) > 0 ? (
            <Field label="本街道已登记的企业">
              <ChoiceChips
                options={(remote.data?.choices ?? []).map((c) => ({ value: c.companyId, label: c.name }))}
                value={chosen}
                onChange={setChosen}
                columns={1}
              />
            </Field>
          ) : null}
          <Field label="或填写新企业名称">
            <Input
              className="rect-company-name"
              value={name}
              onChange={(v: string) => {
                setName(v)
                setChosen(undefined)
              }}
            />
          </Field>
          <Field label="原因">
            <Input className="rect-company-reason" value={reason} onChange={(v: string) => setReason(v)} />
          </Field>
          {error ? <ErrorNote message={error} /> : null}
          <Button
            className="rect-company-save"
            type="primary"
            size="large"
            block
            loading={busy}
            onClick={() => void save()}
          >
            保存
          </Button>
        </View>
      )}
    </Card>
  )
}
