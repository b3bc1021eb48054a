import { Text } from '@tarojs/components'
import { Field } from '../../../components/field'
import { PickButtons } from '../../../components/pick-buttons'
import type { useScan } from './use-scan'

/** Camera or album for the signed paper; says in words whether the photo is in. */
export function ScanField({
  label,
  scan,
  className,
}: {
  label: string
  scan: ReturnType<typeof useScan>
  className: string
}) {
  return (
    <Field label={label} {...(scan.error ? { error: scan.error } : {})}>
      <PickButtons name={className} onPick={(source) => scan.pick(source)} />
      <Text className="muted">{scan.uploading ? '正在上传…' : scan.key ? '照片已上传' : '尚未上传照片'}</Text>
    </Field>
  )
}
