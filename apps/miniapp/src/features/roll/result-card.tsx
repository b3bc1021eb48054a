import type { RollImportResult } from '@jiayuan/contracts'
import { Text } from '@tarojs/components'
import { Card } from '../../components/card'
import { ListRow } from '../../components/list-row'

/** What a check found or an import wrote: the file's size and the created / updated / unchanged records. */
export function ResultCard({ result }: { result: RollImportResult }) {
  const title = result.dryRun ? '检查通过，尚未导入' : '导入完成'
  return (
    <Card title={title} className={result.dryRun ? 'roll-checked' : 'roll-imported'}>
      <ListRow title="数据行" extra={`${result.rows} 行`} />
      <ListRow title="涉及" extra={`${result.buildings} 栋楼 · ${result.units} 套房 · ${result.owners} 位业主`} />
      <ListRow
        title={result.dryRun ? '将新增记录' : '新增记录'}
        extra={<Text className="count-created">{result.created}</Text>}
      />
      <ListRow
        title={result.dryRun ? '将更新记录' : '更新记录'}
        extra={<Text className="count-updated">{result.updated}</Text>}
      />
      <ListRow title="无变化记录" extra={<Text className="count-unchanged">{result.unchanged}</Text>} />
      {result.dryRun ? <Text className="muted">确认无误后点「导入」。</Text> : null}
    </Card>
  )
}
