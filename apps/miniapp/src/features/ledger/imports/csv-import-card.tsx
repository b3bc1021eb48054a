import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { Card } from '../../../components/card'
import { Button, TextArea } from '../../../components/nut'
import { ErrorNote } from '../../../components/status'
import { RowErrorsTable } from '../../../components/row-errors-table'
import { useCsvImport } from './use-csv-import'
import '../shared/ledger-card.scss'

interface Props<R> {
  title: string
  columns: readonly string[]
  note: string
  /** Used for class names: `csv-<name>-pick`, `csv-<name>-import`. */
  name: string
  send(csv: string): Promise<R>
  describe(result: R): ReactNode
}

export function CsvImportCard<R>({ title, columns, note, name, send, describe }: Props<R>) {
  const imp = useCsvImport(send)
  return (
    <Card title={title} className={`ledger-card csv-import csv-import--${name}`}>
      <Text className="muted">{`第一行为列名：${columns.join(', ')}。${note}`}</Text>
      <View className="csv-import__pick">
        <Button className={`csv-${name}-pick`} size="large" block onClick={imp.pickFile}>
          选择 CSV 文件
        </Button>
        {imp.fileName ? <Text className="muted">{`已选：${imp.fileName}`}</Text> : null}
      </View>
      <TextArea
        className={`csv-${name}-text`}
        value={imp.csv}
        maxLength={-1}
        rows={6}
        placeholder="或把 CSV 内容粘贴在这里"
        onChange={(v: string) => imp.setCsv(v)}
      />
      <Button className={`csv-${name}-import`} type="primary" size="large" block loading={imp.busy} onClick={imp.run}>
        导入
      </Button>
      {imp.error ? <ErrorNote message={imp.error} /> : null}
      {imp.rowErrors.length ? <RowErrorsTable errors={imp.rowErrors} label="导入错误明细" /> : null}
      {imp.result !== undefined ? <View className={`csv-${name}-result`}>{describe(imp.result)}</View> : null}
    </Card>
  )
}
