import { ExpenseCategory, type IncomeCategory, PUBLIC_INCOME_CATEGORIES, type EntryKind } from '@jiayuan/contracts'
import { useState } from 'react'
import { ChoiceChips } from '../../../components/choice-chips'
import { Field } from '../../../components/field'
import { Button } from '../../../components/nut'
import { FILTER_KINDS, KIND_LABEL, categoryLabel } from '../shared/labels'

type Category = ExpenseCategory | IncomeCategory

export interface LineFilter {
  category?: Category
  kind?: EntryKind
}

const ALL = 'all'
const CATEGORIES: Category[] = ['property_fee', ...PUBLIC_INCOME_CATEGORIES, ...ExpenseCategory.options]

/** Category and kind as chips; "全部" clears a filter. Month is chosen above, for the summary too. */
export function LineFilters({ value, onChange }: { value: LineFilter; onChange(next: LineFilter): void }) {
  const [open, setOpen] = useState(false)
  const set = (patch: LineFilter) => onChange({ ...value, ...patch })
  const current = [value.kind ? KIND_LABEL[value.kind] : '', value.category ? categoryLabel(value.category) : '']
    .filter(Boolean)
    .join('、')
  if (!open) {
    return (
      <Button className="line-filter-open" size="large" block onClick={() => setOpen(true)}>
        筛选：{current || '全部'}
      </Button>
    )
  }
  return (
    <>
      <Button className="line-filter-close" size="large" block onClick={() => setOpen(false)}>
        收起筛选
      </Button>
      <Field label="类别" className="field-line-kind">
        <ChoiceChips
          chipClassName="kind-chip"
          columns={4}
          options={[{ value: ALL, label: '全部' }, ...FILTER_KINDS.map((k) => ({ value: k, label: KIND_LABEL[k] }))]}
          value={value.kind ?? ALL}
          onChange={(k) => set({ kind: k === ALL ? undefined : (k as EntryKind) })}
        />
      </Field>
      <Field label="科目" className="field-line-category">
        <ChoiceChips
          chipClassName="category-chip"
          columns={2}
          options={[
            { value: ALL, label: '全部科目' },
            ...CATEGORIES.map((c) => ({
              value: c,
              label: c.startsWith('E') ? `${c} ${categoryLabel(c)}` : categoryLabel(c),
            })),
          ]}
          value={value.category ?? ALL}
          onChange={(c) => set({ category: c === ALL ? undefined : (c as Category) })}
        />
      </Field>
    </>
  )
}
