import { Text } from '@tarojs/components'
import './place-label.scss'

/**
 * A place inside a row's text (2-1-201, 3号楼 2单元, a public area's name): kept on one line, moving whole to the
 * next line rather than breaking at its hyphens (长辈模式's larger text on a phone did), and ending in … only
 * when it is wider than the row itself.
 */
export function PlaceLabel({ text }: { text: string }) {
  return <Text className="place-label">{text}</Text>
}
