import Taro from '@tarojs/taro'
import { saveBlobInBrowser } from './browser-download'
import { isH5 } from './platform'

export type SaveOutcome = 'downloaded' | 'shared' | 'saved'

/** H5: the browser downloads the text as a file. A BOM first, so Excel opens UTF-8 Chinese correctly. */
function downloadInBrowser(filename: string, text: string): SaveOutcome {
  const blob = new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' })
  saveBlobInBrowser(blob, filename, 'text-file-download')
  return 'downloaded'
}

/**
 * WeChat: write the file under the user data folder, then offer to send it in a chat (shareFileMessage, base
 * library 2.16.1+), which is how a person gets a CSV to a computer. openDocument cannot show CSV. Where sharing
 * is not offered or is cancelled, the file stays saved.
 */
async function saveInWechat(filename: string, text: string): Promise<SaveOutcome> {
  const filePath = `${Taro.env.USER_DATA_PATH}/${filename}`
  await new Promise<void>((resolve, reject) => {
    Taro.getFileSystemManager().writeFile({
      filePath,
      data: `\uFEFF${text}`,
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

/** Saves text (a CSV) as a file the person can keep or send on. */
export function saveTextFile(filename: string, text: string): Promise<SaveOutcome> {
  return isH5 ? Promise.resolve(downloadInBrowser(filename, text)) : saveInWechat(filename, text)
}
