import { FIGURE_GRADE_LABEL, type GradingCriteria } from '@jiayuan/contracts'
import { dateTimeText, shanghaiMonth } from '@jiayuan/domain'
import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { Card } from '../../components/card'
import { Field } from '../../components/field'
import { Button, TextArea } from '../../components/nut'
import { Empty, ErrorNote, Loading } from '../../components/status'
import { useRemote } from '../../hooks/use-remote'
import { useSave } from '../../hooks/use-save'
import { loadGradingCriteria, publishGradingCriteria } from './street-api'
import './console.scss'

const GRADES = ['shifan', 'tizhi', 'zhengdun'] as const

/**
 * 评定标准 (DOMAIN S1): the criteria the street grades its compounds against, published before any grading and kept
 * version by version. Street staff read the one in force, and publish a new version from it.
 */
export function CriteriaScreen({ streetId }: { streetId: string }) {
  const remote = useRemote(() => loadGradingCriteria(streetId), [streetId])
  if (remote.loading && !remote.data) return <Loading />
  if (remote.error) return <ErrorNote message={remote.error} onRetry={remote.reload} />
  const view = remote.data
  if (!view) return null
  return (
    <View className="above criteria-screen">
      {view.current ? (
        <CriteriaCard criteria={view.current} />
      ) : (
        <Empty text="还没有发布评定标准：先发布，才能评定小区。" />
      )}
      <CriteriaForm streetId={streetId} current={view.current} onPublished={remote.reload} />
      {view.history.length > 1 ? (
        <Card title="以往版本" className="criteria-history">
          {view.history
            .filter((c) => c.version !== view.current?.version)
            .map((c) => (
              <Text key={c.version} className="oversight__line">
                {`第 ${c.version} 版（${c.year} 年），${c.publishedByName} 于 ${dateTimeText(c.publishedAt)} 发布`}
              </Text>
            ))}
        </Card>
      ) : null}
    </View>
  )
}

function CriteriaCard({ criteria }: { criteria: GradingCriteria }) {
  return (
    <Card title={`现行标准 · ${criteria.year} 年 · 第 ${criteria.version} 版`} className="criteria-current">
      {GRADES.map((g) => (
        <Text key={g} className="oversight__line">{`${FIGURE_GRADE_LABEL[g]}：${criteria[g]}`}</Text>
      ))}
      <Text className="muted">{`${criteria.publishedByName} 于 ${dateTimeText(criteria.publishedAt)} 发布`}</Text>
    </Card>
  )
}

function CriteriaForm(props: { streetId: string; current: GradingCriteria | null; onPublished(): void }) {
  const thisYear = Number(shanghaiMonth(new Date()).slice(0, 4))
  const [texts, setTexts] = useState({ shifan: '', tizhi: '', zhengdun: '' })
  const save = useSave()
  // A new version starts from the one in force.
  useEffect(() => {
    const c = props.current
    if (c) setTexts({ shifan: c.shifan, tizhi: c.tizhi, zhengdun: c.zhengdun })
  }, [props.current])
  const submit = async () => {
    const body = { year: thisYear, ...texts, expectedVersion: props.current?.version ?? 0 }
    if (await save.run(() => publishGradingCriteria(props.streetId, body), '已发布')) props.onPublished()
  }
  return (
    <Card
      title={props.current ? `发布新版本（${thisYear} 年）` : `发布 ${thisYear} 年评定标准`}
      className="criteria-form"
    >
      <View className="street-form">
        {GRADES.map((g) => (
          <Field key={g} label={`${FIGURE_GRADE_LABEL[g]}的标准`}>
            <TextArea
              className={`criteria-${g}`}
              value={texts[g]}
              maxLength={1000}
              placeholder="写明达到这一类的条件"
              onChange={(v: string) => setTexts((t) => ({ ...t, [g]: v }))}
            />
          </Field>
        ))}
        {save.error ? <ErrorNote message={save.error} /> : null}
        <Button className="criteria-publish" type="primary" block loading={save.busy} onClick={() => void submit()}>
          发布
        </Button>
      </View>
    </Card>
  )
}
