import type { BulletinScopes } from '@jiayuan/contracts'
import { Text } from '@tarojs/components'
import { ChoiceChips } from '../../components/choice-chips'
import { Field } from '../../components/field'
import { ErrorNote, Loading } from '../../components/status'
import type { Remote } from '../../hooks/use-remote'
import type { BulletinDraft, ScopeKind } from './bulletin-draft'

interface Props {
  scopes: Remote<BulletinScopes['buildings']>
  draft: BulletinDraft
  error?: string
  onChange(patch: Partial<BulletinDraft>): void
}

const KINDS: Array<{ value: ScopeKind; label: string }> = [
  { value: 'compound', label: '全小区' },
  { value: 'building', label: '一栋楼' },
  { value: 'entrance', label: '一个单元' },
]

/** Whole compound, or a building then (for one entrance) its 单元, picked from the roll: never a typed id. */
export function ScopePicker({ scopes, draft, error, onChange }: Props) {
  const buildings = scopes.data ?? []
  const building = buildings.find((b) => b.buildingId === draft.buildingId)
  const needsBuilding = draft.scopeKind === 'building' || draft.scopeKind === 'entrance'
  return (
    <Field label="发布范围" hint="只有范围内的住户会在首页和消息里看到" error={error} className="field-scope">
      <ChoiceChips
        chipClassName="scope-kind-chip"
        options={KINDS}
        value={draft.scopeKind}
        onChange={(scopeKind) =>
          onChange({ scopeKind, ...(scopeKind === 'compound' ? { buildingId: undefined } : {}) })
        }
      />
      {needsBuilding && scopes.loading && !scopes.data ? <Loading /> : null}
      {needsBuilding && scopes.error ? <ErrorNote message={scopes.error} onRetry={scopes.reload} /> : null}
      {needsBuilding && buildings.length ? (
        <ChoiceChips
          chipClassName="scope-building-chip"
          options={buildings.map((b) => ({ value: b.buildingId, label: b.name }))}
          value={draft.buildingId}
          onChange={(buildingId) => onChange({ buildingId, entrance: undefined })}
        />
      ) : null}
      {draft.scopeKind === 'entrance' && building ? (
        building.entrances.length ? (
          <ChoiceChips
            chipClassName="scope-entrance-chip"
            columns={4}
            options={building.entrances.map((e) => ({ value: e, label: `${e}单元` }))}
            value={draft.entrance}
            onChange={(entrance) => onChange({ entrance })}
          />
        ) : (
          <Text className="muted">{building.name}不分单元，请选“一栋楼”。</Text>
        )
      ) : null}
    </Field>
  )
}
