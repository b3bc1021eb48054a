import Taro from '@tarojs/taro'

/** Copies text for the person to paste elsewhere (a note, a chat with themselves). */
export async function copyText(text: string): Promise<void> {
  await Taro.setClipboardData({ data: text })
}

/** What the clipboard holds, or undefined where the platform or the person does not allow reading it. */
export async function pasteText(): Promise<string | undefined> {
  try {
    return (await Taro.getClipboardData()).data
  } catch {
    return undefined
  }
}
