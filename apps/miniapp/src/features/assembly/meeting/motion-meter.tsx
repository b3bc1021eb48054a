import type { MotionResult, TallyCounts } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { areaText } from '@jiayuan/domain'
import { MeterBar } from './meter-bar'
import { heads, percent } from '../shared/numbers'
import './motion-meter.scss'

interface Props {
  motion: MotionResult
  shortfall?: { area: number; heads: number }
  /** While voting runs the verdict is "if it closed now"; once sealed it is the result. */
  live: boolean
}

const QUORUM_MARK = 66.7

function verdict(c: TallyCounts, live: boolean): string {
  const prefix = live ? '如果现在截止：' : ''
  if (c.passed) return `${prefix}通过`
  if (!c.quorum.met) return `${prefix}不通过（参与人数或面积未达三分之二）`
  return `${prefix}不通过（同意票未达到通过条件）`
}

/** Participation against the 2/3 quorum and approval against the matter's threshold, by area and by heads. */
export function MotionMeter({ motion: r, shortfall, live }: Props) {
  const c = r.raw
  const mark = r.threshold === 'majority' ? 50 : 75
  const markLabel = r.threshold === 'majority' ? '过半数' : '四分之三以上'
  return (
    <View className={`motion-meter motion-meter--${r.motionId}`}>
      <Text className="motion-meter__title">{r.title}</Text>
      <MeterBar
        label="参与面积"
        part={c.participatingArea}
        whole={r.totalArea}
        markAt={QUORUM_MARK}
        markLabel="三分之二"
        figures={`${areaText(c.participatingArea)} / ${areaText(r.totalArea)}，${percent(c.participatingArea, r.totalArea)}${shortfall && shortfall.area > 0 ? `，还差 ${areaText(shortfall.area)}` : ''}`}
        reached={c.quorum.area}
      />
      <MeterBar
        label="参与人数"
        part={c.participatingHeads}
        whole={r.totalHeads}
        markAt={QUORUM_MARK}
        markLabel="三分之二"
        figures={`${heads(c.participatingHeads)} / ${heads(r.totalHeads)}，${percent(c.participatingHeads, r.totalHeads)}${shortfall && shortfall.heads > 0 ? `，还差 ${heads(shortfall.heads)}` : ''}`}
        reached={c.quorum.heads}
      />
      <MeterBar
        label="同意面积（占参与）"
        part={c.yesArea}
        whole={c.participatingArea}
        markAt={mark}
        markLabel={markLabel}
        figures={`${areaText(c.yesArea)} / ${areaText(c.participatingArea)}，${percent(c.yesArea, c.participatingArea)}`}
        reached={c.approval.area}
      />
      <MeterBar
        label="同意人数（占参与）"
        part={c.yesHeads}
        whole={c.participatingHeads}
        markAt={mark}
        markLabel={markLabel}
        figures={`${heads(c.yesHeads)} / ${heads(c.participatingHeads)}，${percent(c.yesHeads, c.participatingHeads)}`}
        reached={c.approval.heads}
      />
      <Text className={`motion-meter__verdict motion-meter__verdict--${c.passed ? 'ok' : 'no'}`}>
        {verdict(c, live)}
      </Text>
      {r.deemed ? (
        <Text className="motion-meter__deemed">按从众条款视为同意多数意见后：{verdict(r.deemed, live)}</Text>
      ) : null}
    </View>
  )
}
