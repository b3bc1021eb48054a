import type { CsvRowError } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import './row-errors-table.scss'

/**
 * Every bad row of an imported CSV file (roll, payments, bank statement) with its spreadsheet row number
 * (the header is row 1), the column and the reason. `columnText` turns the file's column name into words.
 */
export function RowErrorsTable(props: {
  errors: CsvRowError[]
  label: string
  columnText?: (column?: string) => string
}) {
  const columnText = props.columnText ?? ((column?: string) => column ?? '整行')
  return (
    <View className="row-errors" ariaRole="table" ariaLabel={props.label}>
      <View className="row-errors__row row-errors__row--head" ariaRole="row">
        <Text className="row-errors__cell row-errors__cell--row">行号</Text>
        <Text className="row-errors__cell row-errors__cell--col">列</Text>
        <Text className="row-errors__cell row-errors__cell--msg">原因</Text>
      </View>
      {props.errors.map((e, i) => (
        <View key={`${e.row}-${e.column ?? ''}-${i}`} className="row-errors__row row-error" ariaRole="row">
          <Text className="row-errors__cell row-errors__cell--row row-error__row">{e.row}</Text>
          <Text className="row-errors__cell row-errors__cell--col row-error__column">{columnText(e.column)}</Text>
          <Text className="row-errors__cell row-errors__cell--msg row-error__message">{e.message}</Text>
        </View>
      ))}
    </View>
  )
}
