import { useState } from 'react'
import type { MeetingExport, Unit } from '@jiayuan/contracts'
import { areaText, rollHash } from '@jiayuan/domain'
import { Text, View } from '@tarojs/components'
import { Card } from '../../../components/card'
import { Button } from '../../../components/nut'
import { ErrorNote } from '../../../components/status'
import { messageOf } from '../../../lib/api-error'
import { toast } from '../../../lib/feedback'
import { saveTextFile } from '../../../lib/save-text-file'
import { loadLiveUnits, loadMeetingExport } from '../api'

type Ids = { compoundId: string; meetingId: string }

/** Rows shown at first; the whole roll is in the export file. */
const SHOWN = 30

function FrozenRoll({ exp, live }: { exp: MeetingExport; live: Unit[] }) {
  const label = new Map(live.map((u) => [u.unitId, u.label]))
  const hashOk = rollHash(exp.roll) === exp.rollHash
  const [all, setAll] = useState(false)
  const subjects = all ? exp.roll.subjects : exp.roll.subjects.slice(0, SHOWN)
  return (
    <View className="frozen-roll">
      <Text className={hashOk ? 'frozen-roll__hash' : 'frozen-roll__hash frozen-roll__hash--bad'}>
        {hashOk ? '名册哈希与开始投票时公布的一致' : '名册哈希与开始投票时公布的不一致！'}：{exp.rollHash}
      </Text>
      <Text className="muted">
        冻结名册 {exp.roll.subjects.length} 个投票人，总面积{' '}
        {areaText(exp.roll.subjects.reduce((sum, s) => sum + s.area, 0))}；现有名册 {live.length}{' '}
        户（冻结后的修改不影响本次表决）。姓名已遮挡。
      </Text>
      {subjects.map((s) => (
        <Text key={s.subjectId} className="frozen-roll__row">
          {exp.names[exp.refs[s.subjectId] ?? ''] ?? (s.kind === 'developer' ? '开发商' : '业主')} ·{' '}
          {s.units.map((u) => label.get(u.unitId) ?? u.unitId).join('、')} · {areaText(s.area)}
        </Text>
      ))}
      {!all && exp.roll.subjects.length > SHOWN ? (
        <Button className="frozen-roll-all" size="small" onClick={() => setAll(true)}>
          显示全部 {exp.roll.subjects.length} 个
        </Button>
      ) : null}
    </View>
  )
}

/**
 * After close, the committee's audit material (DOMAIN V5, V10, V11): 导出表决材料 saves the sealed ballot list,
 * the frozen roll and its reference map as one file that `scripts/verify-ballots.ts` checks; 查看冻结名册 shows
 * the roll frozen at opening with its hash recomputed on this phone, unit numbers from the current roll.
 */
export function AuditCard({ ids, title }: { ids: Ids; title: string }) {
  const [busy, setBusy] = useState<'export' | 'roll' | undefined>()
  const [error, setError] = useState<string | undefined>()
  const [roll, setRoll] = useState<{ exp: MeetingExport; live: Unit[] } | undefined>()

  async function act(which: 'export' | 'roll'): Promise<void> {
    setBusy(which)
    setError(undefined)
    try {
      if (which === 'export') {
        const exp = await loadMeetingExport(ids)
        await saveTextFile(`${title}-表决材料.json`, JSON.stringify(exp, null, 2), 'json')
        toast('表决材料已导出')
      } else {
        const [exp, live] = await Promise.all([loadMeetingExport(ids), loadLiveUnits(ids.compoundId)])
        setRoll({ exp, live })
      }
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setBusy(undefined)
    }
  }

  return (
    <Card title="表决材料" className="audit-card">
      <Text className="muted">选票清单、冻结名册和对应表，供审计和法院核查（表决材料永久保存）。</Text>
      {error ? <ErrorNote message={error} /> : null}
      <Button
        className="export-meeting"
        size="large"
        block
        loading={busy === 'export'}
        onClick={() => void act('export')}
      >
        导出表决材料
      </Button>
      <Button
        className="view-frozen-roll"
        size="large"
        block
        loading={busy === 'roll'}
        onClick={() => void act('roll')}
      >
        查看冻结名册
      </Button>
      {roll ? <FrozenRoll exp={roll.exp} live={roll.live} /> : null}
    </Card>
  )
}
