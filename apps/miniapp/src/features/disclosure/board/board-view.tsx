import { useState } from 'react'
import {
  canCall,
  reports,
  type DisclosureItem,
  type DisclosureObjection,
  type DisclosureSection,
} from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { ActionTile } from '../../../components/action-tile'
import { Card } from '../../../components/card'
import { ErrorNote, Loading } from '../../../components/status'
import { useReloadOnShow } from '../../../hooks/use-reload-on-show'
import { useRemote } from '../../../hooks/use-remote'
import { toast } from '../../../lib/feedback'
import { go } from '../../../lib/navigation'
import { useMembership } from '../../../state/session'
import { loadBoard } from '../api'
import { ObjectionForm } from './objection-form'
import { SectionCard } from './section-card'
import { SectionEditor } from './section-editor'
import { CONFLICT_NOTICE } from './use-section-editor'
import './board-view.scss'

type Open = { kind: 'edit'; section: DisclosureSection } | { kind: 'object'; section: DisclosureSection; line: string }

interface PanelProps {
  compoundId: string
  item: DisclosureItem
  open: Open
  close(): void
  onSaved(item: DisclosureItem): void
  onConflict(): void
  onFiled(objection: DisclosureObjection): void
}

/** What opens inside a section: the editor (staff, committee) or the objection form (owners). */
function SectionPanel({ compoundId, item, open, close, onSaved, onConflict, onFiled }: PanelProps) {
  if (open.kind === 'edit')
    return (
      <SectionEditor compoundId={compoundId} item={item} onSaved={onSaved} onConflict={onConflict} onCancel={close} />
    )
  return <ObjectionForm compoundId={compoundId} section={item} item={open.line} onFiled={onFiled} onCancel={close} />
}

/** 四公开一监督 (DOMAIN D1, D2): every fixed section; editors update, owners object to an item. */
export function BoardView({ compoundId }: { compoundId: string }) {
  const m = useMembership()
  const board = useRemote(() => loadBoard(compoundId), [compoundId])
  useReloadOnShow(board.reload)
  const [open, setOpen] = useState<Open | undefined>()
  const [notice, setNotice] = useState<{ section: DisclosureSection; text: string } | undefined>()
  const [filed, setFiled] = useState<DisclosureObjection | undefined>()
  const canEdit = canCall(reports.updateDisclosure, m?.roles)
  const canObject = canCall(reports.objectToDisclosure, m?.roles)

  if (!board.data) return board.error ? <ErrorNote message={board.error} onRetry={board.reload} /> : <Loading />
  const { sections, staleCount } = board.data
  const close = () => setOpen(undefined)
  return (
    <View className="disclosure-board">
      <Card title="物业公开栏" className="disclosure-summary">
        <Text className="disclosure-summary__text">
          {staleCount > 0
            ? `共 ${sections.length} 栏，其中 ${staleCount} 栏已过期或未公示，需物业更新。`
            : `共 ${sections.length} 栏，均在有效期内。`}
        </Text>
        <Text className="muted">
          {canObject
            ? '对任何一项有疑问，可点该项旁的“提异议”，物业须在 3 天内答复。'
            : '业主认证后，可对任何一项提出异议。'}
        </Text>
      </Card>
      <ActionTile
        className="disclosure-to-rating"
        label="季度服务评价"
        hint="给物业服务打分，查看本季度红灰黑榜"
        onClick={() => go('serviceRating')}
      />
      {sections.map((item) => {
        const here = open?.section === item.section ? open : undefined
        return (
          <SectionCard
            key={`${item.section}-${item.version}`}
            item={item}
            canEdit={canEdit}
            canObject={canObject && item.content !== null}
            {...(notice?.section === item.section ? { notice: notice.text } : {})}
            {...(filed?.section === item.section ? { filed } : {})}
            onEdit={() => {
              setNotice(undefined)
              setOpen({ kind: 'edit', section: item.section })
            }}
            onObject={(line) => {
              setFiled(undefined)
              setOpen({ kind: 'object', section: item.section, line })
            }}
          >
            {here ? (
              <SectionPanel
                compoundId={compoundId}
                item={item}
                open={here}
                close={close}
                onSaved={(saved) => {
                  close()
                  setNotice(undefined)
                  toast(`已公示第 ${saved.version} 版`)
                  board.reload()
                }}
                onConflict={() => {
                  close()
                  setNotice({ section: item.section, text: CONFLICT_NOTICE })
                  board.reload()
                }}
                onFiled={(objection) => {
                  close()
                  setFiled(objection)
                }}
              />
            ) : undefined}
          </SectionCard>
        )
      })}
    </View>
  )
}
