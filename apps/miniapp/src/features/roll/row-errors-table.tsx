import type { RollRowError } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { columnText } from './columns'
import './row-errors-table.scss'

/** Every bad row with its spreadsheet row number (the header is row 1), the column and the reason. */
export function RowErrorsTable({ errors }: { errors: RollRowError[] }) {
  return (
    <View className='row-errors' ariaRole='table' ariaLabel='花名册错误明细'>
      <View className='row-errors__row row-errors__row--head' ariaRole='row'>
        <Text className='row-errors__cell row-errors__cell--row'>行号</Text>
        <Text className='row-errors__cell row-errors__cell--col'>列</Text>
        <Text className='row-errors__cell row-errors__cell--msg'>原因</Text>
      </View>
      {errors.map((e, i) => (
        <View key={`${e.row}-${e.column ?? ''}-${i}`} className='row-errors__row row-error' ariaRole='row'>
          <Text className='row-errors__cell row-errors__cell--row row-error__row'>{e.row}</Text>
          <Text className='row-errors__cell row-errors__cell--col row-error__column'>{columnText(e.column)}</Text>
          <Text className='row-errors__cell row-errors__cell--msg row-error__message'>{e.message}</Text>
        </View>
      ))}
    </View>
  )
}
