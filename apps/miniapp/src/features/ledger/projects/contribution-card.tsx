import { useState } from 'react'
import type { ProjectView } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { yuanText } from '@jiayuan/domain'
import { Card } from '../../../components/card'
import { ChoiceChips } from '../../../components/choice-chips'
import { Field } from '../../../components/field'
import { Button, Input } from '../../../components/nut'
import { ErrorNote } from '../../../components/status'
import { messageOf } from '../../../lib/api-error'
import { toast } from '../../../lib/feedback'
import { newIdempotencyKey } from '../../../lib/ids'
import { recordProjectContribution } from '../api'
import { fenFromInput } from '../shared/money'

/**
 * 登记收款 (property staff, DOMAIN F13): money a household paid offline for its pledge, with the receipt number;
 * the ledger posts it into the project's own fund. Only pledged households with something still owed are offered.
 */
export function ContributionCard({
  compoundId,
  project,
  onRecorded,
}: {
  compoundId: string
  project: ProjectView
  onRecorded: (p: ProjectView) => void
}) {
  const owedOn = (s: { pledgedFen?: number; paidFen?: number }) => (s.pledgedFen ?? 0) - (s.paidFen ?? 0)
  const owing = project.shares.filter((s) => owedOn(s) > 0)
  const [unitId, setUnitId] = useState<string | undefined>()
  const [amount, setAmount] = useState('')
  const [reference, setReference] = useState('')
  const [key, setKey] = useState(newIdempotencyKey)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | undefined>()
  if (project.status === 'lapsed' || project.status === 'cancelled' || project.status === 'closed') return null
  const chosen = owing.find((s) => s.unitId === unitId)
  async function submit() {
    const amountFen = fenFromInput(amount)
    if (!chosen) return setError('请选择缴款的房屋')
    if (!amountFen) return setError('请填写收款金额（元）')
    if (!reference.trim()) return setError('请填写收据号或银行流水号')
    setBusy(true)
    setError(undefined)
    try {
      onRecorded(
        await recordProjectContribution(compoundId, project.projectId, {
          unitId: chosen.unitId,
          amountFen,
          reference: reference.trim(),
          idempotencyKey: key,
        }),
      )
      toast('已记账')
      setUnitId(undefined)
      setAmount('')
      setReference('')
      setKey(newIdempotencyKey())
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setBusy(false)
    }
  }
  return (
    <Card title="登记收款（物业）" className="project-contribution">
      {owing.length === 0 ? <Text className="muted">已认缴的各户都已收齐。</Text> : null}
      {owing.length > 0 ? (
        <View>
          <Field label="房屋" hint="只列出已认缴、尚未缴齐的房屋">
            <ChoiceChips
              chipClassName="project-contribution-unit"
              columns={3}
              options={owing.map((s) => ({ value: s.unitId, label: s.unitLabel }))}
              value={unitId}
              onChange={(id) => {
                setUnitId(id)
                const s = owing.find((x) => x.unitId === id)
                if (s) setAmount(String(owedOn(s) / 100))
              }}
            />
          </Field>
          {chosen ? (
            <Text className="muted">
              认缴 {yuanText(chosen.pledgedFen ?? 0)}，已缴 {yuanText(chosen.paidFen ?? 0)}
            </Text>
          ) : null}
          <Field label="收款金额（元）">
            <Input className="project-contribution-amount" type="digit" value={amount} onChange={setAmount} />
          </Field>
          <Field label="收据号或银行流水号" hint="同一张收据只记一次账">
            <Input
              className="project-contribution-reference"
              value={reference}
              maxLength={60}
              onChange={setReference}
            />
          </Field>
          {error ? <ErrorNote message={error} /> : null}
          <Button
            className="project-contribution-submit"
            type="primary"
            block
            loading={busy}
            onClick={() => void submit()}
          >
            登记并记账
          </Button>
        </View>
      ) : null}
    </Card>
  )
}
