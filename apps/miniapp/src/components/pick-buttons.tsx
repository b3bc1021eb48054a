import { View } from '@tarojs/components'
import type { ImageSource } from '../lib/media'
import { Button } from './nut'
import './pick-buttons.scss'

/**
 * 拍照 and 从相册选 side by side, each as wide as half the row: every photo picker's two ways in. `name` gives the
 * buttons' classes (`evidence` → `.evidence-camera`, `.evidence-album`).
 */
export function PickButtons({ name, onPick }: { name: string; onPick(source: ImageSource): void }) {
  return (
    <View className="pick-buttons">
      <Button className={`${name}-camera`} size="large" onClick={() => onPick('camera')}>
        拍照
      </Button>
      <Button className={`${name}-album`} size="large" onClick={() => onPick('album')}>
        从相册选
      </Button>
    </View>
  )
}
