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

export interface DataFile {
  name: string
  size: number
  /** The file's bytes, base64: what an API takes for a file it reads itself (a roll workbook). */
  contentBase64: string
}

function base64InBrowser(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''))
    reader.onerror = () => reject(new Error('读取文件失败'))
    reader.readAsDataURL(file)
  })
}

function pickDataInBrowser(accept: string, maxBytes: number): Promise<DataFile | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = accept
    input.className = 'data-file-input'
    input.style.display = 'none'
    input.onchange = () => {
      const file = input.files?.[0]
      input.remove()
      if (!file) return resolve(null)
      if (file.size > maxBytes) return reject(new Error(`文件超过 ${Math.round(maxBytes / 1_000_000)} MB`))
      base64InBrowser(file).then(
        (contentBase64) => resolve({ name: file.name, size: file.size, contentBase64 }),
        reject,
      )
    }
    input.oncancel = () => {
      input.remove()
      resolve(null)
    }
    document.body.appendChild(input)
    input.click()
  })
}

/** WeChat can only pick files that were sent in a chat (chooseMessageFile); the bytes are read as base64. */
async function pickDataInWechat(extensions: string[], maxBytes: number): Promise<DataFile | null> {
  let file: { path: string; name: string; size: number } | undefined
  try {
    file = (await Taro.chooseMessageFile({ count: 1, type: 'file', extension: extensions })).tempFiles[0]
  } catch {
    return null
  }
  if (!file) return null
  if (file.size > maxBytes) throw new Error(`文件超过 ${Math.round(maxBytes / 1_000_000)} MB`)
  const { path, name, size } = file
  const contentBase64 = await new Promise<string>((resolve, reject) => {
    Taro.getFileSystemManager().readFile({
      filePath: path,
      encoding: 'base64',
      success: (res) => resolve(typeof res.data === 'string' ? res.data : ''),
      fail: () => reject(new Error('读取文件失败')),
    })
  })
  return { name, size, contentBase64 }
}

/** A file of any kind (an Excel workbook, a CSV) chosen by the person, as base64; null when they cancel. */
export function pickDataFile(extensions: string[], maxBytes: number): Promise<DataFile | null> {
  return isH5
    ? pickDataInBrowser(extensions.map((e) => `.${e}`).join(','), maxBytes)
    : pickDataInWechat(extensions, maxBytes)
}
