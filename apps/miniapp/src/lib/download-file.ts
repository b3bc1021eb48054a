import Taro from '@tarojs/taro'
import { apiErrorFrom, networkError } from './api-error'
import { saveBlobInBrowser } from './browser-download'
import { apiBase } from './config'
import { fileNameOf } from './content-disposition'
import { isH5 } from './platform'
import { authHeader } from './request'

export type DownloadOutcome = 'downloaded' | 'opened' | 'shared' | 'saved'
export type DownloadType = 'pdf' | 'csv' | 'xlsx'

/** What to tell the person once a download is handed over, by how it was. */
export const DOWNLOAD_DONE: Record<DownloadOutcome, string> = {
  downloaded: '已下载',
  shared: '已发送',
  saved: '已保存到手机',
  opened: '已打开',
}

/** H5: fetch with the token (a plain link cannot carry it), then save the bytes through a blob link. */
async function downloadInBrowser(path: string, filename: string): Promise<DownloadOutcome> {
  let res: Response
  try {
    res = await fetch(`${apiBase}${path}`, { headers: authHeader() })
  } catch {
    throw networkError()
  }
  if (!res.ok) throw apiErrorFrom(res.status, await res.json().catch(() => undefined))
  const name = fileNameOf(res.headers.get('content-disposition'), filename)
  saveBlobInBrowser(await res.blob(), name, 'binary-file-download')
  return 'downloaded'
}

/**
 * WeChat: downloadFile carries the header. A PDF or .xlsx opens in openDocument, whose menu can save or send it; a CSV
 * (which openDocument cannot show) is offered to send in a chat (shareFileMessage, base library 2.16.1+), which
 * is how a person gets it to a computer, else kept in the app's files.
 */
async function openInWechat(path: string, filename: string, fileType: DownloadType): Promise<DownloadOutcome> {
  let res: Taro.downloadFile.FileSuccessCallbackResult
  try {
    res = await Taro.downloadFile({ url: `${apiBase}${path}`, header: authHeader() })
  } catch {
    throw networkError()
  }
  if (res.statusCode < 200 || res.statusCode >= 300) throw apiErrorFrom(res.statusCode, undefined)
  // openDocument shows PDF and Excel workbooks; its menu can save or send them on.
  if (fileType === 'pdf' || fileType === 'xlsx') {
    await Taro.openDocument({ filePath: res.tempFilePath, fileType, showMenu: true })
    return 'opened'
  }
  const kept = `${Taro.env.USER_DATA_PATH}/${filename}`
  Taro.getFileSystemManager().copyFileSync(res.tempFilePath, kept)
  if (typeof Taro.shareFileMessage !== 'function') return 'saved'
  try {
    await Taro.shareFileMessage({ filePath: kept, fileName: filename })
    return 'shared'
  } catch {
    return 'saved'
  }
}

/** Downloads a file answer of the API (a report PDF or CSV) and hands it to the person. */
export function downloadApiFile(path: string, filename: string, fileType: DownloadType): Promise<DownloadOutcome> {
  return isH5 ? downloadInBrowser(path, filename) : openInWechat(path, filename, fileType)
}
