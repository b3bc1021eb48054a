import { TICKET_PHOTOS_MAX, type Ticket } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { Card } from '../../../components/card'
import { Button } from '../../../components/nut'
import { PhotoPicker } from '../../../components/photo-picker'
import { usePhotoUploads } from '../../../hooks/use-photo-uploads'
import { compoundUpload } from '../../../lib/upload'
import { AmendForm } from './amend-form'
import { EscalateForm } from './escalate-form'
import { ReasonAction } from './reason-action'
import { ResolveForm } from './resolve-form'
import type { TicketDetailState } from './use-ticket-detail'
import './actions.scss'

interface Props {
  compoundId: string
  ticket: Ticket
  isAssignee: boolean
  inMyGrid: boolean
  state: TicketDetailState
  /** The compound's reopen window, for the confirmation of a fix. */
  reopenDays: number
  /** Categories whose fix needs no after-photo (DOMAIN T10). */
  photoWaivedCategories: readonly string[]
}

const POOL = ['submitted', 'handed_back', 'reopened']
const WORKING = ['accepted', 'contacted', 'on_site']
const DONE = ['resolved', 'confirmed', 'closed']

/** After-photos, uploaded as chosen and then attached in one step. */
function AfterPhotos({ compoundId, state }: { compoundId: string; state: TicketDetailState }) {
  const uploads = usePhotoUploads(compoundUpload(compoundId, 'ticket_photo'), TICKET_PHOTOS_MAX)
  return (
    <View className="actions-block after-photos">
      <PhotoPicker uploads={uploads} name="after-photo" label="处理后照片" hint="拍下修好后的样子，给报修人确认" />
      {uploads.keys.length ? (
        <Button
          className="after-photos-send"
          type="primary"
          size="large"
          block
          disabled={uploads.uploading}
          loading={state.busy === 'add_after_photos'}
          onClick={() =>
            void state
              .act({ type: 'add_after_photos', photoKeys: uploads.keys }, '照片已加到工单')
              .then((ok) => ok && uploads.clear())
          }
        >
          加到工单（{uploads.keys.length} 张）
        </Button>
      ) : null}
    </View>
  )
}

/** A grid worker's steps (DOMAIN T3): claim from the pool, contact, arrive, photos, resolve; or hand back, wait, escalate. */
export function WorkerActions({
  compoundId,
  ticket,
  isAssignee,
  inMyGrid,
  state,
  reopenDays,
  photoWaivedCategories,
}: Props) {
  const { act, busy } = state
  const s = ticket.status
  const canClaim = inMyGrid && POOL.includes(s)
  if (!canClaim && !isAssignee && !(inMyGrid && s === 'escalated')) return null
  return (
    <Card title="处理工单" className="ticket-actions worker-actions">
      {canClaim ? (
        <Button
          className="ticket-claim"
          type="primary"
          size="large"
          block
          loading={busy === 'claim'}
          onClick={() => void act({ type: 'claim' }, '已认领，请尽快联系报修人')}
        >
          认领这张工单
        </Button>
      ) : null}
      {isAssignee && s === 'accepted' ? (
        <Button
          className="ticket-contact"
          type="primary"
          size="large"
          block
          loading={busy === 'contact'}
          onClick={() => void act({ type: 'contact' }, '已记录：联系了报修人')}
        >
          已联系报修人
        </Button>
      ) : null}
      {isAssignee && (s === 'accepted' || s === 'contacted') ? (
        <Button
          className="ticket-arrive"
          size="large"
          block
          loading={busy === 'arrive'}
          onClick={() => void act({ type: 'arrive' }, '已记录：到达现场')}
        >
          我已到现场
        </Button>
      ) : null}
      {/* Before the fix the photos go with it (ResolveForm); afterwards more can still be added. */}
      {isAssignee && s === 'resolved' ? <AfterPhotos compoundId={compoundId} state={state} /> : null}
      {(isAssignee && (s === 'contacted' || s === 'on_site')) || (inMyGrid && s === 'escalated') ? (
        <ResolveForm
          compoundId={compoundId}
          ticket={ticket}
          photoWaivedCategories={photoWaivedCategories}
          state={state}
          reopenDays={reopenDays}
        />
      ) : null}
      {isAssignee && DONE.includes(s) ? <AmendForm state={state} /> : null}
      {isAssignee && s === 'waiting_on_resident' ? (
        <Button
          className="ticket-resume"
          type="primary"
          size="large"
          block
          loading={busy === 'resume'}
          onClick={() => void act({ type: 'resume' }, '继续处理，时限恢复计时')}
        >
          继续处理
        </Button>
      ) : null}
      {isAssignee && WORKING.includes(s) ? (
        <View className="actions-block">
          <Text className="actions-block__title">处理不了？</Text>
          <ReasonAction
            name="ticket-wait"
            label="等待住户"
            question="在等住户什么？（暂停计时）"
            busy={busy === 'wait_on_resident'}
            onSubmit={(reason) => act({ type: 'wait_on_resident', reason }, '已暂停计时')}
          />
          <ReasonAction
            name="ticket-hand-back"
            label="退回工单池"
            question="为什么退回？"
            busy={busy === 'hand_back'}
            onSubmit={(reason) => act({ type: 'hand_back', reason }, '已退回')}
          />
        </View>
      ) : null}
      {(isAssignee && [...WORKING, 'waiting_on_resident'].includes(s)) || (inMyGrid && POOL.includes(s)) ? (
        <EscalateForm name="ticket-escalate" state={state} />
      ) : null}
    </Card>
  )
}
