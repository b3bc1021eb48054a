import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { MonthlyReport } from '@jiayuan/contracts'
import { monthText, recentMonths } from '@jiayuan/domain'
import { Card } from '../../components/card'
import { ChoiceChips } from '../../components/choice-chips'
import { Field } from '../../components/field'
import { ListRow } from '../../components/list-row'
import { Button, TextArea } from '../../components/nut'
import { ErrorNote, Loading } from '../../components/status'
import { ReportFigures } from './report-figures'
import { useReportEditor } from './use-report-editor'
import './report-view.scss'

const STATUS = { draft: '草稿', published: '已发布' } as const

/** The committee's screen for one month: every figure, the narrative, publish, corrections and the versions. */
export function ReportEditor({ compoundId, initialMonth }: { compoundId: string; initialMonth?: string }) {
  const months = recentMonths(new Date(), 6)
  const [month, setMonth] = useState(
    initialMonth && /^\d{4}-\d{2}$/.test(initialMonth) ? initialMonth : (months[1] ?? months[0] ?? ''),
  )
  const e = useReportEditor(compoundId, month)
  const options = (months.includes(month) ? months : [month, ...months]).map((m) => ({ value: m, label: monthText(m) }))
  return (
    <View className="report-view report-editor">
      <ChoiceChips options={options} value={month} onChange={setMonth} chipClassName="report-editor-month" />
      {e.remote.loading && !e.remote.data ? <Loading /> : null}
      {e.remote.error ? <ErrorNote message={e.remote.error} onRetry={e.remote.reload} /> : null}
      {e.report ? (
        <>
          <Card
            title={`${monthText(e.report.month)}物业月报`}
            className="report-editor-head"
            extra={
              <Text className="report-editor-status">
                第{e.report.version}版 · {STATUS[e.report.status]}
              </Text>
            }
          >
            <Text className="muted">
              {e.report.status === 'draft'
                ? '数字由系统生成，不能手改；请填写下面两段文字后发布。'
                : '已发布的版本不能再改。发现错误请新建更正版本，并写明改了什么。'}
            </Text>
          </Card>
          {e.report.status === 'draft' ? (
            <DraftForm e={e} report={e.report} />
          ) : (
            <PublishedActions e={e} report={e.report} />
          )}
          {e.error ? <ErrorNote message={e.error} /> : null}
          <ReportFigures report={e.report} />
          <Card title="各版本" className="report-versions">
            {(e.remote.data?.versions ?? []).map((v) => (
              <ListRow
                key={v.version}
                title={`第${v.version}版`}
                sub={
                  v.changeNote
                    ? `更正说明：${v.changeNote}`
                    : v.publishedAt
                      ? `发布于 ${v.publishedAt.slice(0, 10)}`
                      : `起草于 ${v.draftedAt.slice(0, 10)}`
                }
                extra={STATUS[v.status]}
              />
            ))}
          </Card>
        </>
      ) : null}
    </View>
  )
}

type Editor = ReturnType<typeof useReportEditor>

function DraftForm({ e, report }: { e: Editor; report: MonthlyReport }) {
  return (
    <Card title="月报文字" className="report-editor-form">
      <Field label="本月服务工作" error={e.fieldErrors.servicesDone} hint="做了哪些维修、保洁、安保等工作">
        <TextArea
          className="report-edit-services"
          value={e.text.servicesDone}
          maxLength={4000}
          placeholder="例如：完成 3 号楼电梯季度维保"
          onChange={(v: string) => e.setText({ ...e.text, servicesDone: v })}
        />
      </Field>
      <Field label="下月工作计划" error={e.fieldErrors.nextMonthPlan}>
        <TextArea
          className="report-edit-plan"
          value={e.text.nextMonthPlan}
          maxLength={4000}
          placeholder="例如：外墙清洗；消防设施年度检测"
          onChange={(v: string) => e.setText({ ...e.text, nextMonthPlan: v })}
        />
      </Field>
      {report.version > 1 ? (
        <Field label="更正说明（必填）" error={e.fieldErrors.changeNote} hint="和上一版相比改了什么，居民会看到">
          <TextArea
            className="report-edit-note"
            value={e.changeNote}
            maxLength={500}
            placeholder="例如：更正停车费收入"
            onChange={(v: string) => e.setChangeNote(v)}
          />
        </Field>
      ) : null}
      <View className="report-editor__actions">
        <Button
          className="report-edit-save"
          size="large"
          block
          loading={e.busy === 'save'}
          onClick={() => e.save(report)}
        >
          保存草稿
        </Button>
        <Button
          className="report-edit-publish"
          type="primary"
          size="large"
          block
          loading={e.busy === 'publish'}
          onClick={() => e.publish(report)}
        >
          {report.version > 1 ? '发布更正版本' : '发布月报'}
        </Button>
        <Button className="report-edit-refresh" size="large" block loading={e.busy === 'refresh'} onClick={e.refresh}>
          按最新记录更新数字
        </Button>
      </View>
    </Card>
  )
}

function PublishedActions({ e, report }: { e: Editor; report: MonthlyReport }) {
  return (
    <Card className="report-editor-published">
      {report.changeNote ? <Text className="report-change">更正说明：{report.changeNote}</Text> : null}
      <Text className="report-text">本月服务工作：{report.narrative.servicesDone || '（未填写）'}</Text>
      <Text className="report-text">下月工作计划：{report.narrative.nextMonthPlan || '（未填写）'}</Text>
      <Button className="report-edit-correct" size="large" block loading={e.busy === 'correct'} onClick={e.correct}>
        新建更正版本（第{report.version + 1}版）
      </Button>
    </Card>
  )
}
