import { Image, Text, View } from '@tarojs/components'
import { Field } from '../../components/field'
import { Button, Progress } from '../../components/nut'
import { PickButtons } from '../../components/pick-buttons'
import type { useEvidenceUpload } from './use-evidence-upload'
import './evidence-picker.scss'

interface Props {
  evidence: ReturnType<typeof useEvidenceUpload>
  error?: string
}

export function EvidencePicker({ evidence, error }: Props) {
  const percent = Math.round((evidence.progress ?? 0) * 100)
  return (
    <Field
      label="产权证明照片"
      hint="产权证、不动产登记信息或购房合同首页，只有审核人能看到"
      error={evidence.key ? undefined : error}
      className="field-evidence"
    >
      <PickButtons name="evidence" onPick={(source) => evidence.choose(source)} />
      {evidence.photo ? (
        <View className="evidence-preview">
          <Image
            className="evidence-preview__img"
            src={evidence.photo.path}
            mode="aspectFit"
            ariaLabel="已选的产权证明照片"
            nativeProps={{ alt: '已选的产权证明照片' }}
          />
          <View className="evidence-preview__state">
            {evidence.uploading ? (
              <>
                <Text className="upload-progress__text">正在上传 {percent}%</Text>
                <Progress className="upload-progress" percent={percent} />
              </>
            ) : null}
            {evidence.key ? <Text className="upload-done">照片已上传</Text> : null}
            {evidence.error ? (
              <View className="upload-failed" ariaRole="alert">
                <Text>上传失败：{evidence.error}</Text>
                <Button size="large" onClick={() => evidence.retry()}>
                  重新上传
                </Button>
              </View>
            ) : null}
          </View>
        </View>
      ) : null}
    </Field>
  )
}
