import { useEffect, useState } from 'react'
import { PANEL_PARTY_LABEL, type Deduction, type SheetVeto, type SheetView } from '@jiayuan/contracts'
import { quarterText } from '@jiayuan/domain'
import { Text, View } from '@tarojs/components'
import { Card } from '../../components/card'
import { ChoiceChips } from '../../components/choice-chips'
import { Field } from '../../components/field'
import { ListRow } from '../../components/list-row'
import { Button, TextArea } from '../../components/nut'
import { Empty, ErrorNote, Loading } from '../../components/status'
import { StatusTag } from '../../components/status-tag'
import { useRemote } from '../../hooks/use-remote'
import { useSave } from '../../hooks/use-save'
import { go } from '../../lib/navigation'
import { loadMyPanels, loadSheet, saveSheet, type EvaluationRef } from './api'
import { DeductionForm, EvidencePicker } from './deduction-form'
import { pointsOf } from './format'
import './assessment.scss'

/** The panels the person sits on; each opens its scoring form. */
export function MyPanelsList() {
  const remote = useRemote(loadMyPanels, [])
  if (remote.error) return <ErrorNote message={remote.error} onRetry={remote.reload} />
  if (!remote.data) return <Loading />
  if (remote.data.assignments.length === 0) return <Empty text="您目前不在任何评议小组里。" />
  return (
    <Card title="我参加的评议" className="my-panels">
      {remote.data.assignments.map((a) => (
        <ListRow
          key={`${a.quarter}-${a.compoundId}`}
          className="panel-assignment"
          title={`${a.compoundName} · ${quarterText(a.quarter)}`}
          sub={`${PANEL_PARTY_LABEL[a.party]} · ${a.status === 'published' ? '结果已公布' : a.scored ? '已评分，可修改' : '待评分'}`}
          extra="›"
          onClick={() => go('assessmentSheet', { street: a.streetId, quarter: a.quarter, compound: a.compoundId })}
        />
      ))}
    </Card>
  )
}

type Vetoes = Record<string, SheetVeto>

function SheetForm({ view, evaluation, onSaved }: { view: SheetView; evaluation: EvaluationRef; onSaved(): void }) {
  const [items, setItems] = useState<Record<string, Deduction[]>>({})
  const [vetoes, setVetoes] = useState<Vetoes>({})
  const save = useSave()
  useEffect(() => {
    setItems(
      Object.fromEntries(
        view.items.map((i) => [i.itemId, view.sheet?.items.find((e) => e.itemId === i.itemId)?.deductions ?? []]),
      ),
    )
    setVetoes(
      Object.fromEntries(
        view.vetoes.map((v) => [
          v.vetoId,
          view.sheet?.vetoes.find((e) => e.vetoId === v.vetoId) ?? { vetoId: v.vetoId, failed: false },
        ]),
      ),
    )
  }, [view])
  const open = view.assignment.status === 'open'
  const submit = () =>
    void save
      .run(
        () =>
          saveSheet(evaluation, {
            items: view.items.map((i) => ({ itemId: i.itemId, deductions: items[i.itemId] ?? [] })),
            vetoes: view.vetoes.map((v) => vetoes[v.vetoId] ?? { vetoId: v.vetoId, failed: false }),
          }),
        '评分已保存',
      )
      .then((out) => out && onSaved())
  return (
    <View className="sheet-form">
      {view.items.map((item) => {
        const list = items[item.itemId] ?? []
        const taken = list.reduce((s, d) => s + d.deductX100, 0)
        return (
          <Card
            key={item.itemId}
            title={`${item.areaLabel} · ${item.label}`}
            className="sheet-item"
            extra={`${pointsOf(item.points * 100 - taken)} / ${item.points} 分`}
          >
            {item.guide ? <Text className="muted">检查要点：{item.guide}</Text> : null}
            {list.length === 0 ? <Text className="sheet-full">不扣分（满分）</Text> : null}
            {list.map((d, i) => (
              <View key={i} className="sheet-deduction">
                <Text className="sheet-deduction__text">
                  扣 {pointsOf(d.deductX100)} 分：{d.reason}（
                  {d.evidence.kind === 'upload' ? '附照片' : `报修单 ${d.evidence.ticketId ?? ''}`}）
                </Text>
                {open ? (
                  <Button
                    className="sheet-deduction-remove"
                    size="small"
                    onClick={() => setItems((s) => ({ ...s, [item.itemId]: list.filter((_, j) => j !== i) }))}
                  >
                    删除
                  </Button>
                ) : null}
              </View>
            ))}
            {open && taken < item.points * 100 ? (
              <DeductionForm
                evaluation={evaluation}
                maxX100={item.points * 100 - taken}
                onAdd={(d) => setItems((s) => ({ ...s, [item.itemId]: [...list, d] }))}
              />
            ) : null}
          </Card>
        )
      })}
      {view.vetoes.map((v) => {
        const entry = vetoes[v.vetoId] ?? { vetoId: v.vetoId, failed: false }
        const set = (next: Partial<SheetVeto>) => setVetoes((s) => ({ ...s, [v.vetoId]: { ...entry, ...next } }))
        return (
          <Card key={v.vetoId} title={`一票否决：${v.label}`} className="sheet-veto">
            <ChoiceChips
              options={[
                { value: 'pass', label: '合格' },
                { value: 'fail', label: '不合格', hint: '列入黑榜' },
              ]}
              value={entry.failed ? 'fail' : 'pass'}
              onChange={(c) =>
                set(c === 'fail' ? { failed: true } : { failed: false, reason: undefined, evidence: undefined })
              }
              columns={2}
              chipClassName="veto-choice"
            />
            {entry.failed && open ? (
              <View>
                <Field label="理由">
                  <TextArea
                    className="veto-reason"
                    value={entry.reason ?? ''}
                    maxLength={200}
                    placeholder="检查发现的问题"
                    onChange={(reason: string) => set({ reason })}
                  />
                </Field>
                <EvidencePicker evaluation={evaluation} prefix="veto" onPicked={(evidence) => set({ evidence })} />
              </View>
            ) : null}
          </Card>
        )
      })}
      {save.error ? <ErrorNote message={save.error} /> : null}
      {open ? (
        <Button className="sheet-save" type="primary" size="large" block loading={save.busy} onClick={submit}>
          {view.sheet ? '保存修改' : '提交评分'}
        </Button>
      ) : (
        <Text className="muted">结果已公布，评分不能再改。</Text>
      )}
    </View>
  )
}

/** A panel member's scoring form (S2): only their party's items and veto items. */
export function SheetScreen({ evaluation }: { evaluation: EvaluationRef }) {
  const remote = useRemote(
    () => loadSheet(evaluation),
    [evaluation.streetId, evaluation.quarter, evaluation.compoundId],
  )
  if (remote.error) return <ErrorNote message={remote.error} onRetry={remote.reload} />
  if (!remote.data) return <Loading />
  const { assignment } = remote.data
  return (
    <View className="assessment-sheet">
      <Card
        title={`${assignment.compoundName} · ${quarterText(assignment.quarter)}`}
        className="sheet-head"
        extra={<StatusTag text={assignment.scored ? '已评分' : '待评分'} tone={assignment.scored ? 'ok' : 'wait'} />}
      >
        <Text className="muted">
          您代表{PANEL_PARTY_LABEL[assignment.party]}，按《{remote.data.rubricTitle}
          》为下列各项打分：从满分起扣，每项扣分写明理由并附依据。
        </Text>
      </Card>
      <SheetForm view={remote.data} evaluation={evaluation} onSaved={remote.reload} />
    </View>
  )
}
