import { Text, View } from '@tarojs/components'
import { Card } from '../../components/card'
import { Button } from '../../components/nut'
import { ErrorNote } from '../../components/status'
import { ResultCard } from './result-card'
import { RowErrorsTable } from '../../components/row-errors-table'
import { columnText } from './columns'
import { useRollImport } from './use-roll-import'
import './roll-import.scss'

const sizeText = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1048576).toFixed(1)} MB`

/** 导入花名册:楼栋、单元、房屋和业主 from an Excel or CSV file; all rows valid or nothing written; re-import changes nothing. */
export function RollImport({ compoundId }: { compoundId: string }) {
  const roll = useRollImport(compoundId)
  return (
    <View className="roll-import">
      <Card title="花名册文件">
        <Text className="muted">
          Excel（.xlsx）或 CSV
          文件，一行是一套房屋的一位业主；房号写成「楼栋-单元-房号」。不清楚怎么填，先下载模板，按「填写说明」填写。
        </Text>
        <View className="roll-import__pick">
          <Button className="roll-pick-file" type="primary" size="large" block onClick={roll.pickFile}>
            {roll.file ? '换一个文件' : '选择文件'}
          </Button>
          {roll.file ? (
            <Text className="roll-file-name">
              已选：{roll.file.name}（{sizeText(roll.file.size)}）
            </Text>
          ) : (
            <Text className="muted">微信里只能选聊天中收到的文件：先把表格发给自己或文件传输助手。</Text>
          )}
          <Button
            className="roll-template"
            size="large"
            block
            loading={roll.busy === 'template'}
            onClick={roll.template}
          >
            下载模板（.xlsx）
          </Button>
        </View>
      </Card>
      <View className="roll-import__actions">
        <Button
          className="roll-check"
          size="large"
          block
          disabled={!roll.file}
          loading={roll.busy === 'check'}
          onClick={roll.check}
        >
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
        <RowErrorsTable errors={roll.rowErrors} label="花名册错误明细（行号即表格中的行号）" columnText={columnText} />
      ) : null}
      {roll.step.kind !== 'idle' ? <ResultCard result={roll.step.result} /> : null}
    </View>
  )
}
