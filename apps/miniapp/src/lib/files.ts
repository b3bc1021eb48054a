import Taro from '@tarojs/taro'
import { isH5 } from './platform'

export interface TextFile {
  name: string
  text: string
}

const MAX_TEXT_BYTES = 5_000_000

function pickInBrowser(accept: string): Promise<TextFile | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = accept
    input.className = 'text-file-input'
    input.style.display = 'none'
    input.onchange = () => {
      const file = input.files?.[0]
      input.remove()
      if (!file) return resolve(null)
      if (file.size > MAX_TEXT_BYTES) return reject(new Error('文件超过 5 MB'))
      file.text().then((text) => resolve({ name: file.name, text }), reject)
    }
    input.oncancel = () => {
      input.remove()
      resolve(null)
    }
    document.body.appendChild(input)
    input.click()
  })
}

/** WeChat can only pick files that were sent in a chat (chooseMessageFile). */
async function pickInWechat(extensions: string[]): Promise<TextFile | null> {
  let file: { path: string; name: string; size: number } | undefined
  try {
    file = (await Taro.chooseMessageFile({ count: 1, type: 'file', extension: extensions })).tempFiles[0]
  } catch {
    return null
  }
  if (!file) return null
  if (file.size > MAX_TEXT_BYTES) throw new Error('文件超过 5 MB')
  const path = file.path
  const text = await new Promise<string>((resolve, reject) => {
    Taro.getFileSystemManager().readFile({
      filePath: path,
      encoding: 'utf8',
      success: (res) => resolve(typeof res.data === 'string' ? res.data : ''),
      fail: () => reject(new Error('读取文件失败')),
    })
  })
  return { name: file.name, text }
}

/** A UTF-8 text file (CSV) chosen by the person; null when they cancel. */
export function pickTextFile(extensions: string[]): Promise<TextFile | null> {
  return isH5 ? pickInBrowser(extensions.map((e) => `.${e}`).join(',')) : pickInWechat(extensions)
}
