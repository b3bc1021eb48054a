import { Text, View } from '@tarojs/components'
import { Field } from '../../../components/field'
import { Button } from '../../../components/nut'
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
      <View className="scan-buttons">
        <Button className={`${className}-camera`} size="large" onClick={() => scan.pick('camera')}>
          拍照
        </Button>
        <Button className={`${className}-album`} size="large" onClick={() => scan.pick('album')}>
          从相册选
        </Button>
      </View>
      <Text className="muted">{scan.uploading ? '正在上传…' : scan.key ? '照片已上传' : '尚未上传照片'}</Text>
    </Field>
  )
}
