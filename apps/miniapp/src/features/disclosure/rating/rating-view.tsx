import { canCall, reports, type EvaluationSummary } from '@jiayuan/contracts'
import {
  EVALUATION_COMPONENT_LABEL,
  EVALUATION_COMPONENTS,
  dateTimeText,
  quarterText,
  hundredthsText,
  previousQuarter,
} from '@jiayuan/domain'
import { Text, View } from '@tarojs/components'
import { Card } from '../../../components/card'
import { Button } from '../../../components/nut'
import { ErrorNote, Loading } from '../../../components/status'
import { StatusTag } from '../../../components/status-tag'
import { useReloadOnShow } from '../../../hooks/use-reload-on-show'
import { useRemote } from '../../../hooks/use-remote'
import { toast } from '../../../lib/feedback'
import { go } from '../../../lib/navigation'
import { useMembership } from '../../../state/session'
import { loadCurrentEvaluation, loadEvaluationSummary, loadRubricResult } from '../api'
import { BOARD_WORDS } from '../format'
import { RatingForm } from './rating-form'
import './rating-view.scss'

function SummaryCard({
  summary,
  title = '本季度得分',
  className = 'rating-summary',
}: {
  summary: EvaluationSummary
  title?: string
  className?: string
}) {
  const board = summary.board ? BOARD_WORDS[summary.board] : undefined
  return (
    <Card
      title={title}
      className={className}
      extra={
        board ? (
          <StatusTag
            className="rating-board"
            text={board.label}
            tone={summary.board === 'red' ? 'ok' : summary.board === 'grey' ? 'plain' : 'bad'}
          />
        ) : undefined
      }
    >
      {summary.scoreX100 === null || !summary.componentsX100 ? (
        <Text className="rating-summary__empty">{title === '本季度得分' ? '本季度' : '该季度'}还没有人评价。</Text>
      ) : (
        <View>
          <Text className="rating-score">{hundredthsText(summary.scoreX100)} 分</Text>
          <Text className="muted rating-count">
            共 {summary.ratings} 人评价（满分 5 分）{board ? `；${board.label}：${board.hint}` : ''}
          </Text>
          {EVALUATION_COMPONENTS.map((c) => (
            <View key={c} className={`rating-component rating-component-${c}`}>
              <Text>{EVALUATION_COMPONENT_LABEL[c]}</Text>
              <Text className="rating-component__score">{hundredthsText(summary.componentsX100?.[c] ?? 0)} 分</Text>
            </View>
          ))}
          <Text className="muted">只公布总体结果，不显示谁打了多少分。</Text>
        </View>
      )}
    </Card>
  )
}

/** Last quarter's published score and board, so this quarter's reads against it (aggregate only, P3). */
function LastQuarter({ compoundId, quarter }: { compoundId: string; quarter: string }) {
  const last = useRemote(() => loadEvaluationSummary(compoundId, quarter), [compoundId, quarter])
  if (!last.data) return last.error ? <ErrorNote message={last.error} onRetry={last.reload} /> : null
  return <SummaryCard summary={last.data} title={`上季度（${quarterText(quarter)}）得分`} className="rating-last" />
}

/**
 * 红灰黑榜 by the street's rubric (S2): once the street has published a quarter's result for the compound, it is
 * the board residents see first; the owners' survey below is one of its inputs.
 */
function RubricResultCard({ compoundId }: { compoundId: string }) {
  const remote = useRemote(() => loadRubricResult(compoundId), [compoundId])
  useReloadOnShow(remote.reload)
  const data = remote.data?.result
  if (!data)
    return remote.data ? (
      <Card title="街道考评" className="rubric-result-card">
        <Text className="muted">街道公布季度考评结果后会显示在这里；业主评价是其中一项。</Text>
        <Button className="open-criteria" size="large" block onClick={() => go('assessmentCriteria')}>
          查看考评细则
        </Button>
      </Card>
    ) : null
  const board = BOARD_WORDS[data.result.band]
  return (
    <Card
      title={`${quarterText(data.quarter)}街道考评`}
      className="rubric-result-card"
      extra={
        <StatusTag
          className="rubric-result-band"
          text={board.label}
          tone={data.result.band === 'red' ? 'ok' : data.result.band === 'grey' ? 'plain' : 'bad'}
        />
      }
    >
      <Text className="rating-score">
        {hundredthsText(data.result.totalX100)} 分（满分 {data.result.maxX100 / 100}）
      </Text>
      <View>
        <Text className="muted">
          {data.streetName}第 {data.rank} 名（共 {data.ranked} 个小区）。{data.result.bandReason}
        </Text>
      </View>
      <View>
        <Text className="muted">
          由业主满意度调查、运行数据和评议小组打分合成，每项扣分都附依据；下面的业主评价是其中一项，它的红灰黑只看业主打分。
        </Text>
      </View>
      <Button
        className="open-assessment"
        type="primary"
        size="large"
        block
        onClick={() => go('assessmentResult', { quarter: data.quarter })}
      >
        查看考评详情
      </Button>
    </Card>
  )
}

/** 红灰黑榜: the current quarter's rating of the property service, by the server's clock. */
export function RatingView({ compoundId }: { compoundId: string }) {
  const m = useMembership()
  const current = useRemote(() => loadCurrentEvaluation(compoundId), [compoundId])
  useReloadOnShow(current.reload)
  const canRate = canCall(reports.rateService, m?.roles)

  if (!current.data) return current.error ? <ErrorNote message={current.error} onRetry={current.reload} /> : <Loading />
  const { quarter, mine, householdRated, summary } = current.data
  const label = quarterText(quarter)
  return (
    <View className="rating-page">
      <RubricResultCard compoundId={compoundId} />
      <Card title="街道美好家园基金" className="street-fund-entry">
        <Text className="muted">街道的专项基金：每一笔收入、拨给哪个小区的哪个项目，都可查看和验证。</Text>
        <Button
          className="open-street-fund"
          size="large"
          block
          onClick={() => go('streetFund', { compound: compoundId })}
        >
          查看基金账目
        </Button>
      </Card>
      <Card title={`${label}物业服务评价`} className="rating-mine">
        {mine ? (
          <View className="rating-done" ariaRole="status">
            <Text className="rating-done__title">您已评价过本季度，每季度只能评价一次</Text>
            <Text className="muted">评价时间：{dateTimeText(mine.at)}</Text>
            {EVALUATION_COMPONENTS.map((c) => (
              <Text key={c} className="rating-done__line">
                {EVALUATION_COMPONENT_LABEL[c]}：{mine.scores[c]} 分
              </Text>
            ))}
          </View>
        ) : householdRated ? (
          <View className="rating-done rating-household" ariaRole="status">
            <Text className="rating-done__title">您家本季度已有家人评价过</Text>
            <Text className="muted">每户每季度评价一次，下季度可以再评。</Text>
          </View>
        ) : canRate ? (
          <RatingForm
            compoundId={compoundId}
            quarterLabel={label}
            onRated={() => {
              toast('谢谢您的评价')
              current.reload()
            }}
          />
        ) : m?.roles.includes('resident') ? (
          <View className="rating-unverified">
            <Text className="rating-unverified__why">
              物业服务评价每户每季度一次，由认证过的业主代表全家打分，以免同一户重复评价或外人代评。
            </Text>
            <Text className="muted">提交房产证照片认证业主，业委会核对花名册通过后即可评价。</Text>
            <Button className="go-bind" type="primary" size="large" block onClick={() => go('bindingRequest')}>
              去认证业主
            </Button>
          </View>
        ) : (
          <Text className="muted">认证过的业主每户每季度可以给物业服务打分；这里可查看本季度的总体结果。</Text>
        )}
      </Card>
      <SummaryCard summary={summary} />
      <LastQuarter compoundId={compoundId} quarter={previousQuarter(quarter)} />
    </View>
  )
}
