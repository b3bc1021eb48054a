import {
  FIGURE_GRADE_LABEL,
  compound as compoundApi,
  canCall,
  street,
  type CompoundOversight,
  type FigureGrade,
  type ImprovementProject,
} from '@jiayuan/contracts'
import {
  dateTimeText,
  hundredthsText,
  parseYuan,
  percentText,
  quarterText,
  shanghaiMonth,
  yuanText,
} from '@jiayuan/domain'
import { Image, Text, View } from '@tarojs/components'
import { useState, type ReactNode } from 'react'
import { Card } from '../../components/card'
import { ChoiceChips } from '../../components/choice-chips'
import { Field } from '../../components/field'
import { Button, Input, Progress, TextArea } from '../../components/nut'
import { StatusTag } from '../../components/status-tag'
import { Empty, ErrorNote, Loading } from '../../components/status'
import { useRemote } from '../../hooks/use-remote'
import { useSave } from '../../hooks/use-save'
import { messageOf } from '../../lib/api-error'
import { pickImage } from '../../lib/media'
import { go } from '../../lib/navigation'
import { uploadImage } from '../../lib/upload'
import { useViewedCompound } from './use-viewed-compound'
import { addImprovement, gradeCompound, loadCompoundOversight, reportImprovement } from './street-api'
import { bandText, bandTone, colourText, colourTone, gradeText, gradeTone, yesNo } from './console-labels'
import './console.scss'

/**
 * A compound's drill-down (DOMAIN S1, S5): its facts, its last four quarters, its grades with their reasons and
 * the criteria in force, its improvement projects, and doors to its evidence (joint meetings, decisions).
 * Street staff grade it; they and the community admin add and update projects.
 */
export function CompoundOversightScreen({
  streetStaff,
  tickets,
}: {
  streetStaff: boolean
  /** The compound's recent tickets, each opening read-only (S5), given by the page. */
  tickets?: (compoundId: string) => ReactNode
}) {
  const viewed = useViewedCompound()
  const compoundId = viewed?.compoundId ?? ''
  const remote = useRemote(() => (compoundId ? loadCompoundOversight(compoundId) : undefined), [compoundId])
  if (!viewed) return <Empty text="没有可查看的小区。" />
  const roles = viewed.roles
  const above = { streetStaff }
  const data = remote.data
  return (
    <View className="oversight">
      {remote.loading && !data ? <Loading /> : null}
      {remote.error ? <ErrorNote message={remote.error} onRetry={remote.reload} /> : null}
      {data ? (
        <>
          <Facts data={data} name={viewed.compoundName} />
          <Quarters data={data} />
          <Evidence compoundId={compoundId} name={viewed.compoundName} />
          {tickets?.(compoundId)}
          <Grades data={data} />
          {canCall(street.gradeCompound, roles, above) ? (
            <GradeForm compoundId={compoundId} onSaved={remote.reload} />
          ) : null}
          <Projects
            data={data}
            compoundId={compoundId}
            mayEdit={canCall(street.addImprovement, roles, above)}
            mayUpload={canCall(compoundApi.createUpload, roles)}
            onSaved={remote.reload}
          />
        </>
      ) : null}
    </View>
  )
}

function Facts({ data, name }: { data: CompoundOversight; name: string }) {
  const f = data.facts
  if (!f) return <Card title={name}>{<Text className="muted">这个小区还不属于任何街道，没有街道数据。</Text>}</Card>
  return (
    <Card title={f.compoundName ?? name} className="oversight-facts">
      <View className="oversight__tags">
        <StatusTag text={gradeText(f)} tone={gradeTone(f)} />
        <StatusTag text={bandText(f)} tone={bandTone(f)} />
        <StatusTag text={`物业${colourText(f)}`} tone={colourTone(f)} />
      </View>
      <Text className="oversight__line">所属社区：{f.communityName ?? '—'}</Text>
      <Text className="oversight__line">
        业委会：{yesNo(f.hasCommittee)} · 党支部：{yesNo(f.hasPartyBranch)}
      </Text>
      <Text className="oversight__line">物业公司：{f.companyName ?? '无记录'}</Text>
      <Text className="oversight__line">
        整改中：{f.openRectifications ?? 0} 件（逾期 {f.overdueRectifications ?? 0} 件）
      </Text>
      <Text className="oversight__line">
        最近一次公开：{f.lastDisclosureAt ? dateTimeText(f.lastDisclosureAt) : '还没有公开过'}
      </Text>
    </Card>
  )
}

function Quarters({ data }: { data: CompoundOversight }) {
  return (
    <Card title="近四个季度" className="oversight-quarters">
      {data.quarters.map((q) => (
        <View key={q.quarter} className="oversight__quarter">
          <Text className="oversight__line">{quarterText(q.quarter)}</Text>
          <Text className="muted">
            结案 {q.counts.ticketsClosed} 件，准时率 {percentText(q.onTimeBasisPoints, '—')}；满意度{' '}
            {q.satisfactionX100 === null ? '—' : `${hundredthsText(q.satisfactionX100)} 分（${q.counts.ratings} 次）`}；
            收缴率 {percentText(q.collectionBasisPoints, '—')}（应收 {yuanText(q.counts.billedFen)}，实收{' '}
            {yuanText(q.counts.collectedFen)}）
          </Text>
        </View>
      ))}
    </Card>
  )
}

function Evidence({ compoundId, name }: { compoundId: string; name: string }) {
  const query = { compoundId, compoundName: name }
  return (
    <Card title="佐证" className="oversight-evidence">
      <Text className="muted">以下记录只读，街道工作人员不能在小区内操作。</Text>
      <View className="oversight__links">
        <Button className="oversight-meetings" size="large" onClick={() => go('jointMeetings', query)}>
          联席会议
        </Button>
        <Button className="oversight-decisions" size="large" onClick={() => go('decisions', query)}>
          决定事项台账
        </Button>
      </View>
    </Card>
  )
}

function Grades({ data }: { data: CompoundOversight }) {
  const c = data.criteria
  return (
    <Card title="年度评定" className="oversight-grades">
      {c ? (
        <View className="oversight-criteria">
          <Text className="oversight__line">
            评定标准（{c.year} 年，第 {c.version} 版，{c.publishedByName} 发布）
          </Text>
          <Text className="muted oversight__criterion">示范型：{c.shifan}</Text>
          <Text className="muted oversight__criterion">提质型：{c.tizhi}</Text>
          <Text className="muted oversight__criterion">整顿型：{c.zhengdun}</Text>
        </View>
      ) : (
        <Text className="muted">街道还没有发布评定标准。</Text>
      )}
      {data.grades.length === 0 ? <Text className="oversight__line">还没有评定记录。</Text> : null}
      {data.grades.map((g) => (
        <View key={g.at} className="oversight-grade oversight__quarter">
          <Text className="oversight__line">
            {g.year} 年：{FIGURE_GRADE_LABEL[g.grade]}
          </Text>
          <Text className="muted">
            理由：{g.reason}（{g.byName}，{dateTimeText(g.at)}，依第 {g.criteriaVersion} 版标准）
          </Text>
        </View>
      ))}
    </Card>
  )
}

const GRADES = (['shifan', 'tizhi', 'zhengdun'] as const).map((value) => ({ value, label: FIGURE_GRADE_LABEL[value] }))

function GradeForm({ compoundId, onSaved }: { compoundId: string; onSaved(): void }) {
  const thisYear = Number(shanghaiMonth(new Date()).slice(0, 4))
  const [grade, setGrade] = useState<FigureGrade>()
  const [reason, setReason] = useState('')
  const save = useSave()
  const submit = async () => {
    if (!grade) return save.setError('评定：请选择示范型、提质型或整顿型')
    const out = await save.run(() => gradeCompound(compoundId, { year: thisYear, grade, reason }), '已评定')
    if (out) {
      setReason('')
      onSaved()
    }
  }
  return (
    <Card title={`评定 ${thisYear} 年`} className="grade-form">
      <View className="street-form">
        <ChoiceChips<FigureGrade> options={GRADES} value={grade} onChange={setGrade} chipClassName="grade-chip" />
        <Field label="评定理由">
          <TextArea className="grade-reason" value={reason} onChange={setReason} placeholder="对照评定标准写明理由" />
        </Field>
        {save.error ? <ErrorNote message={save.error} /> : null}
        <Button className="grade-submit" type="primary" block loading={save.busy} onClick={() => void submit()}>
          提交评定
        </Button>
      </View>
    </Card>
  )
}

function Projects(props: {
  data: CompoundOversight
  compoundId: string
  mayEdit: boolean
  mayUpload: boolean
  onSaved(): void
}) {
  const [adding, setAdding] = useState(false)
  return (
    <Card title="提升项目" className="oversight-projects">
      {props.data.projects.length === 0 ? <Text className="oversight__line">还没有提升项目。</Text> : null}
      {props.data.projects.map((p) => (
        <ProjectItem key={p.projectId} project={p} {...props} />
      ))}
      {props.mayEdit && !adding ? (
        <Button className="improvement-new" block onClick={() => setAdding(true)}>
          新增提升项目
        </Button>
      ) : null}
      {props.mayEdit && adding ? (
        <ProjectForm
          compoundId={props.compoundId}
          mayUpload={props.mayUpload}
          onSaved={() => {
            setAdding(false)
            props.onSaved()
          }}
        />
      ) : null}
    </Card>
  )
}

function ProjectItem(props: {
  project: ImprovementProject
  compoundId: string
  mayEdit: boolean
  mayUpload: boolean
  onSaved(): void
}) {
  const p = props.project
  const [open, setOpen] = useState(false)
  return (
    <View className="improvement">
      <Text className="improvement__title">{p.title}</Text>
      <Text className="oversight__line">
        负责人：{p.owner} · 预算：{yuanText(p.budgetFen)} · 进度 {p.progressPercent}%
      </Text>
      <Progress percent={p.progressPercent} />
      {p.steps.map((s) => (
        <View key={s.at}>
          <Text className="improvement__step">
            {dateTimeText(s.at)} {s.byName}：{s.note}（{s.progressPercent}%）
          </Text>
          {s.photos.map((ph) => (
            <Image
              key={ph.key}
              className="improvement__photo"
              src={ph.url}
              mode="aspectFill"
              ariaLabel="项目现场照片"
            />
          ))}
        </View>
      ))}
      {props.mayEdit && !open ? (
        <Button className="improvement-progress" onClick={() => setOpen(true)}>
          更新进度
        </Button>
      ) : null}
      {props.mayEdit && open ? (
        <ProgressForm
          compoundId={props.compoundId}
          project={p}
          mayUpload={props.mayUpload}
          onSaved={() => {
            setOpen(false)
            props.onSaved()
          }}
        />
      ) : null}
    </View>
  )
}

function usePhotos(compoundId: string, onError: (m: string) => void) {
  const [photoKeys, setPhotoKeys] = useState<string[]>([])
  const [uploading, setUploading] = useState(false)
  const add = async () => {
    const photo = await pickImage('album')
    if (!photo) return
    setUploading(true)
    try {
      const key = await uploadImage(compoundId, 'attachment', photo)
      setPhotoKeys((keys) => [...keys, key])
    } catch (err) {
      onError(messageOf(err))
    } finally {
      setUploading(false)
    }
  }
  return { photoKeys, uploading, add }
}

function percentOf(text: string): number | undefined {
  return /^\d{1,3}$/.test(text.trim()) ? Number(text.trim()) : undefined
}

function ProjectForm({ compoundId, mayUpload, onSaved }: { compoundId: string; mayUpload: boolean; onSaved(): void }) {
  const [title, setTitle] = useState('')
  const [owner, setOwner] = useState('')
  const [budget, setBudget] = useState('')
  const [progress, setProgress] = useState('0')
  const save = useSave()
  const photos = usePhotos(compoundId, save.setError)
  const [key] = useState(() => `im-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`)
  const submit = async () => {
    const budgetFen = parseYuan(budget)
    if (budgetFen === undefined) return save.setError('预算：请填写金额（元），如 48000')
    const progressPercent = percentOf(progress)
    if (progressPercent === undefined) return save.setError('进度：请填写 0–100 的整数')
    const out = await save.run(
      () =>
        addImprovement(compoundId, {
          title,
          owner,
          budgetFen,
          progressPercent,
          photoKeys: photos.photoKeys,
          idempotencyKey: key,
        }),
      '已新增',
    )
    if (out) onSaved()
  }
  return (
    <View className="street-form improvement-form">
      <Field label="项目名称">
        <Input className="improvement-title" value={title} onChange={setTitle} placeholder="如：楼道照明改造" />
      </Field>
      <Field label="负责人">
        <Input className="improvement-owner" value={owner} onChange={setOwner} placeholder="姓名或单位" />
      </Field>
      <Field label="预算（元）">
        <Input className="improvement-budget" type="digit" value={budget} onChange={setBudget} placeholder="如 48000" />
      </Field>
      <Field label="当前进度（%）">
        <Input className="improvement-percent" type="number" value={progress} onChange={setProgress} />
      </Field>
      {mayUpload ? (
        <Button className="improvement-photo" block loading={photos.uploading} onClick={() => void photos.add()}>
          添加照片{photos.photoKeys.length ? `（已添加 ${photos.photoKeys.length} 张）` : ''}
        </Button>
      ) : null}
      {save.error ? <ErrorNote message={save.error} /> : null}
      <Button className="improvement-submit" type="primary" block loading={save.busy} onClick={() => void submit()}>
        保存项目
      </Button>
    </View>
  )
}

function ProgressForm(props: { compoundId: string; project: ImprovementProject; mayUpload: boolean; onSaved(): void }) {
  const [progress, setProgress] = useState(String(props.project.progressPercent))
  const [note, setNote] = useState('')
  const save = useSave()
  const photos = usePhotos(props.compoundId, save.setError)
  const submit = async () => {
    const progressPercent = percentOf(progress)
    if (progressPercent === undefined) return save.setError('进度：请填写 0–100 的整数')
    const out = await save.run(
      () =>
        reportImprovement(props.compoundId, props.project.projectId, {
          progressPercent,
          note,
          photoKeys: photos.photoKeys,
          expectedVersion: props.project.version,
        }),
      '已更新',
    )
    if (out) props.onSaved()
  }
  return (
    <View className="street-form">
      <Field label="进度（%）">
        <Input className="improvement-percent" type="number" value={progress} onChange={setProgress} />
      </Field>
      <Field label="这次的进展">
        <TextArea className="improvement-note" value={note} onChange={setNote} placeholder="做了什么、还差什么" />
      </Field>
      {props.mayUpload ? (
        <Button className="improvement-photo" block loading={photos.uploading} onClick={() => void photos.add()}>
          添加现场照片{photos.photoKeys.length ? `（已添加 ${photos.photoKeys.length} 张）` : ''}
        </Button>
      ) : null}
      {save.error ? <ErrorNote message={save.error} /> : null}
      <Button className="improvement-save" type="primary" block loading={save.busy} onClick={() => void submit()}>
        提交进展
      </Button>
    </View>
  )
}
