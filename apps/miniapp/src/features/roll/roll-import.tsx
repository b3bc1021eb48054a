import { ROLL_CSV_COLUMNS } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { Card } from '../../components/card'
import { Button, TextArea } from '../../components/nut'
import { ErrorNote } from '../../components/status'
import { ResultCard } from './result-card'
import { RowErrorsTable } from '../../components/row-errors-table'
import { columnText } from './columns'
import { useRollImport } from './use-roll-import'
import './roll-import.scss'

/** 导入花名册: all rows valid or nothing written; importing the same file again changes nothing. */
export function RollImport({ compoundId }: { compoundId: string }) {
  const roll = useRollImport(compoundId)
  return (
    <View className="roll-import">
      <Card title="花名册文件">
        <Text className="muted">
          CSV 文件，第一行为列名：{ROLL_CSV_COLUMNS.join(', ')}。面积以平方米填写，最多两位小数。
        </Text>
        <View className="roll-import__pick">
          <Button className="roll-pick-file" size="large" block onClick={roll.pickFile}>
            选择 CSV 文件
          </Button>
          {roll.fileName ? <Text className="muted">已选：{roll.fileName}</Text> : null}
        </View>
        <TextArea
          className="roll-csv"
          value={roll.csv}
          maxLength={-1}
          rows={8}
          placeholder="或把 CSV 内容粘贴在这里"
          onChange={(v: string) => roll.setCsv(v)}
        />
      </Card>
      <View className="roll-import__actions">
        <Button className="roll-check" size="large" block loading={roll.busy === 'check'} onClick={roll.check}>
          检查
        </Button>
        <Button
          className="roll-commit"
          type="primary"
          size="large"
          block
          disabled={roll.step.kind === 'idle'}
          loading={roll.busy === 'import'}
          onClick={roll.commit}
        >
          导入
        </Button>
      </View>
      {roll.step.kind === 'idle' ? <Text className="muted">先检查，检查通过后才能导入。</Text> : null}
      {roll.error ? <ErrorNote message={roll.error} /> : null}
      {roll.rowErrors.length ? (
        <RowErrorsTable errors={roll.rowErrors} label="花名册错误明细" columnText={columnText} />
      ) : null}
      {roll.step.kind !== 'idle' ? <ResultCard result={roll.step.result} /> : null}
    </View>
  )
}
