import Taro from '@tarojs/taro'
import { apiErrorFrom, networkError } from './api-error'
import { saveBlobInBrowser } from './browser-download'
import { apiBase } from './config'
import { isH5 } from './platform'
import { authHeader } from './request'

export type DownloadOutcome = 'downloaded' | 'opened'

/** H5: fetch with the token (a plain link cannot carry it), then save the bytes through a blob link. */
async function downloadInBrowser(path: string, filename: string): Promise<DownloadOutcome> {
  let res: Response
  try {
    res = await fetch(`${apiBase}${path}`, { headers: authHeader() })
  } catch {
    throw networkError()
  }
  if (!res.ok) throw apiErrorFrom(res.status, await res.json().catch(() => undefined))
  saveBlobInBrowser(await res.blob(), filename, 'binary-file-download')
  return 'downloaded'
}

/** WeChat: downloadFile carries the header; openDocument shows the PDF, and its menu can save or send it. */
async function openInWechat(path: string, fileType: 'pdf'): Promise<DownloadOutcome> {
  let res: Taro.downloadFile.FileSuccessCallbackResult
  try {
    res = await Taro.downloadFile({ url: `${apiBase}${path}`, header: authHeader() })
  } catch {
    throw networkError()
  }
  if (res.statusCode < 200 || res.statusCode >= 300) throw apiErrorFrom(res.statusCode, undefined)
  await Taro.openDocument({ filePath: res.tempFilePath, fileType, showMenu: true })
  return 'opened'
}

/** Downloads a file answer of the API (e.g. a report PDF) and hands it to the person. */
export function downloadApiFile(path: string, filename: string, fileType: 'pdf'): Promise<DownloadOutcome> {
  return isH5 ? downloadInBrowser(path, filename) : openInWechat(path, fileType)
}
