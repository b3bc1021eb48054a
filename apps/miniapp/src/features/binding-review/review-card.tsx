import type { ResponseOf, compound } from '@jiayuan/contracts'
import { Image, Text, View } from '@tarojs/components'
import { dateTimeText } from '@jiayuan/domain'
import { Card } from '../../components/card'
import { ChoiceChips } from '../../components/choice-chips'
import { Field } from '../../components/field'
import { ListRow } from '../../components/list-row'
import { Button, TextArea } from '../../components/nut'
import { ErrorNote } from '../../components/status'
import { StatusTag } from '../../components/status-tag'
import { previewImage } from '../../lib/media-preview'
import { useDecision } from './use-decision'
import './review-card.scss'

type ForReview = ResponseOf<typeof compound.listBindings>['bindings'][number]

const RELATION = { owner: '产权人', co_owner: '共有人' } as const

/** One request: the claim, the evidence, the roll's owners of that unit, and the two ways to decide. */
export function ReviewCard({ binding }: { binding: ForReview }) {
  const d = useDecision(binding.compoundId, binding.bindingId)
  if (d.result) {
    const approved = d.result.status === 'approved'
    const owner = binding.rollOwners.find((o) => o.ownerId === d.result?.ownerId)
    return (
      <Card title={binding.unitLabel} className="review-card review-card--done">
        <ListRow
          title={approved ? `已通过，登记为业主 ${owner?.name ?? ''}` : `已退回：${d.result.reason ?? ''}`}
          extra={
            <StatusTag className="review-result" tone={approved ? 'ok' : 'bad'} text={approved ? '已通过' : '已退回'} />
          }
        />
      </Card>
    )
  }
  return (
    <Card title={binding.unitLabel} extra={dateTimeText(binding.createdAt)} className="review-card">
      <ListRow title="申请人填写的姓名" extra={<Text className="review-claimed-name">{binding.claimedName}</Text>} />
      <ListRow title="身份" extra={RELATION[binding.relation]} />
      <View className="review-evidence">
        <Text className="muted">产权证明（点按放大）</Text>
        <Image
          className="review-evidence__img evidence-photo"
          src={binding.evidenceUrl}
          mode="aspectFit"
          ariaLabel={`${binding.unitLabel} 的产权证明照片`}
          nativeProps={{ alt: `${binding.unitLabel} 的产权证明照片` }}
          onClick={() => previewImage(binding.evidenceUrl)}
        />
      </View>
      <Field
        label="名册上该房屋的业主"
        hint="核对证明上的姓名后选择对应的业主"
        error={d.fieldError.owner}
        className="field-roll-owner"
      >
        {binding.rollOwners.length ? (
          <ChoiceChips
            chipClassName="roll-owner-chip"
            columns={2}
            options={binding.rollOwners.map((o) => ({
              value: o.ownerId,
              label: o.name,
              ...(o.isVoter ? { hint: '投票人' } : {}),
            }))}
            value={d.ownerId}
            onChange={d.setOwnerId}
          />
        ) : (
          <Text className="muted">名册上这套房屋没有业主，只能退回或先更新花名册。</Text>
        )}
      </Field>
      <Button
        className="review-approve"
        type="primary"
        size="large"
        block
        loading={d.busy === 'approve'}
        onClick={d.approve}
      >
        通过
      </Button>
      <Field label="退回原因" error={d.fieldError.reason} className="field-reject-reason">
        <TextArea
          className="reject-reason"
          value={d.reason}
          maxLength={200}
          placeholder="如：照片看不清，请重新拍摄"
          onChange={(v: string) => d.setReason(v)}
        />
      </Field>
      <Button className="review-reject" size="large" block loading={d.busy === 'reject'} onClick={d.reject}>
        退回
      </Button>
      {d.error ? <ErrorNote message={d.error} /> : null}
    </Card>
  )
}
