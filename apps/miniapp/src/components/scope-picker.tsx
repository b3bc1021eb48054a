import type { BulletinScopes, PlaceScope } from '@jiayuan/contracts'
import { Text } from '@tarojs/components'
import { ChoiceChips } from './choice-chips'
import { Field } from './field'
import { ErrorNote, Loading } from './status'
import type { Remote } from '../hooks/use-remote'

export type ScopeKind = PlaceScope['kind']

/** The scope as it is being picked: a kind, then a building, then (for one entrance) its 单元. */
export interface ScopeDraft {
  scopeKind?: ScopeKind
  buildingId?: string
  entrance?: string
}

interface Props {
  scopes: Remote<BulletinScopes['buildings']>
  draft: ScopeDraft
  /** 发布范围 for a notice, 表决范围 for a vote (DOMAIN V14). */
  label: string
  hint: string
  error?: string
  onChange(patch: ScopeDraft): void
}

const KINDS: Array<{ value: ScopeKind; label: string }> = [
  { value: 'compound', label: '全小区' },
  { value: 'building', label: '一栋楼' },
  { value: 'entrance', label: '一个单元' },
]

/**
 * Whole compound, or a building then (for one entrance) its 单元, picked from the roll: never a typed id. Shared
 * by notices (公告) and scoped votes (DOMAIN V14).
 */
export function ScopePicker({ scopes, draft, label, hint, error, onChange }: Props) {
  const buildings = scopes.data ?? []
  const building = buildings.find((b) => b.buildingId === draft.buildingId)
  const needsBuilding = draft.scopeKind === 'building' || draft.scopeKind === 'entrance'
  return (
    <Field label={label} hint={hint} error={error} className="field-scope">
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
