import { useState } from 'react'
import type { Grid } from '@jiayuan/contracts'
import { View } from '@tarojs/components'
import { Field } from '../../components/field'
import { Button, Input } from '../../components/nut'
import { ErrorNote } from '../../components/status'
import { messageOf } from '../../lib/api-error'
import { confirm, toast } from '../../lib/feedback'
import { saveGrid } from './api'
import { BuildingToggles } from './building-toggles'

interface Props {
  compoundId: string
  /** Absent: a new grid. */
  grid?: Grid
  grids: Grid[]
  buildings: Array<{ buildingId: string; name: string }>
  onSaved(): void
  onCancel?: () => void
}

const newGridId = () => `grid-${Date.now().toString(36)}`

/** Name a grid and choose its buildings; buildings of other grids are shown but cannot be taken (DOMAIN T3). */
export function GridEditor({ compoundId, grid, grids, buildings, onSaved, onCancel }: Props) {
  const [name, setName] = useState(grid?.name ?? '')
  const [selected, setSelected] = useState<string[]>(grid?.buildingIds ?? [])
  const [error, setError] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)
  const holder = (id: string) => grids.find((g) => g.gridId !== grid?.gridId && g.buildingIds.includes(id))?.name
  const choices = buildings.map((b) => {
    const takenBy = holder(b.buildingId)
    return { buildingId: b.buildingId, name: b.name, ...(takenBy ? { takenBy } : {}) }
  })
  const toggle = (id: string) => setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]))

  async function save(): Promise<void> {
    const trimmed = name.trim()
    if (!trimmed) return setError('请填写网格名称')
    const names = buildings.filter((b) => selected.includes(b.buildingId)).map((b) => b.name)
    const what = `${grid ? '保存' : '新建'}网格「${trimmed}」，包含：${names.join('、') || '暂无楼栋'}。`
    if (!(await confirm(grid ? '保存网格？' : '新建网格？', what))) return
    setBusy(true)
    setError(undefined)
    try {
      await saveGrid(compoundId, grid?.gridId ?? newGridId(), trimmed, selected)
      toast('已保存')
      if (!grid) {
        setName('')
        setSelected([])
      }
      onSaved()
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className="grid-editor">
      <Field label="网格名称">
        <Input
          className="grid-name"
          value={name}
          maxLength={40}
          placeholder="如 东区网格"
          onChange={(v: string) => setName(v)}
        />
      </Field>
      <Field label="包含的楼栋" hint="一栋楼只能属于一个网格；要换网格，先从原网格中取消。">
        <BuildingToggles choices={choices} selected={selected} onToggle={toggle} />
      </Field>
      {error ? <ErrorNote message={error} /> : null}
      <View className="grid-editor__actions">
        {onCancel ? (
          <Button className="grid-cancel" size="large" onClick={onCancel}>
            取消
          </Button>
        ) : null}
        <Button className="grid-save" type="primary" size="large" loading={busy} onClick={() => void save()}>
          {grid ? '保存' : '新建网格'}
        </Button>
      </View>
    </View>
  )
}
