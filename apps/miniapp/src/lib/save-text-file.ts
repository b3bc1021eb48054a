import Taro from '@tarojs/taro'
import { saveBlobInBrowser } from './browser-download'
import { isH5 } from './platform'

export type SaveOutcome = 'downloaded' | 'shared' | 'saved'

/** CSV gets a BOM, so Excel opens UTF-8 Chinese correctly; JSON must not (a parser refuses it). */
export type TextKind = 'csv' | 'json'
const BOM: Record<TextKind, string> = { csv: '\uFEFF', json: '' }
const MIME: Record<TextKind, string> = { csv: 'text/csv;charset=utf-8', json: 'application/json;charset=utf-8' }

/** H5: the browser downloads the text as a file. */
function downloadInBrowser(filename: string, text: string, kind: TextKind): SaveOutcome {
  const blob = new Blob([BOM[kind], text], { type: MIME[kind] })
  saveBlobInBrowser(blob, filename, 'text-file-download')
  return 'downloaded'
}

/**
 * WeChat: write the file under the user data folder, then offer to send it in a chat (shareFileMessage, base
 * library 2.16.1+), which is how a person gets a CSV to a computer. openDocument cannot show CSV. Where sharing
 * is not offered or is cancelled, the file stays saved.
 */
async function saveInWechat(filename: string, text: string, kind: TextKind): Promise<SaveOutcome> {
  const filePath = `${Taro.env.USER_DATA_PATH}/${filename}`
  await new Promise<void>((resolve, reject) => {
    Taro.getFileSystemManager().writeFile({
      filePath,
      data: `${BOM[kind]}${text}`,
      encoding: 'utf8',
      success: () => resolve(),
      fail: () => reject(new Error('保存文件失败，请检查手机存储空间')),
    })
  })
  if (typeof Taro.shareFileMessage !== 'function') return 'saved'
  try {
    await Taro.shareFileMessage({ filePath, fileName: filename })
    return 'shared'
  } catch {
    return 'saved'
  }
}

/** Saves text (a CSV, or JSON for an audit) as a file the person can keep or send on. */
export function saveTextFile(filename: string, text: string, kind: TextKind = 'csv'): Promise<SaveOutcome> {
  return isH5 ? Promise.resolve(downloadInBrowser(filename, text, kind)) : saveInWechat(filename, text, kind)
}
