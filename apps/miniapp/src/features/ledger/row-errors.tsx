import type { CsvRowError } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import './row-errors.scss'

/** Every bad row with its spreadsheet row number (the header is row 1), the column and the reason. */
export function RowErrors({ errors }: { errors: CsvRowError[] }) {
  return (
    <View className='csv-row-errors' ariaRole='table' ariaLabel='导入错误明细'>
      <View className='csv-row-errors__row csv-row-errors__row--head' ariaRole='row'>
        <Text className='csv-row-errors__cell csv-row-errors__cell--row'>行号</Text>
        <Text className='csv-row-errors__cell csv-row-errors__cell--col'>列</Text>
        <Text className='csv-row-errors__cell csv-row-errors__cell--msg'>原因</Text>
      </View>
      {errors.map((e, i) => (
        <View key={`${e.row}-${e.column ?? ''}-${i}`} className='csv-row-errors__row csv-row-error' ariaRole='row'>
          <Text className='csv-row-errors__cell csv-row-errors__cell--row'>{e.row}</Text>
          <Text className='csv-row-errors__cell csv-row-errors__cell--col'>{e.column ?? '整行'}</Text>
          <Text className='csv-row-errors__cell csv-row-errors__cell--msg'>{e.message}</Text>
        </View>
      ))}
    </View>
  )
}
