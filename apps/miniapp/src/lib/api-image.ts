import Taro from '@tarojs/taro'
import { apiErrorFrom, networkError } from './api-error'
import { apiBase } from './config'
import { isH5 } from './platform'
import { authHeader } from './request'

/**
 * An image answer of the API (a compound's QR code) as something an <Image> can show: a blob URL in the
 * browser, a temporary file in WeChat. A plain `src` cannot carry the bearer token, so both fetch it first.
 */
export async function loadApiImage(path: string): Promise<string> {
  if (isH5) {
    let res: Response
    try {
      res = await fetch(`${apiBase}${path}`, { headers: authHeader() })
    } catch {
      throw networkError()
    }
    if (!res.ok) throw apiErrorFrom(res.status, await res.json().catch(() => undefined))
    return URL.createObjectURL(await res.blob())
  }
  let res: Taro.downloadFile.FileSuccessCallbackResult
  try {
    res = await Taro.downloadFile({ url: `${apiBase}${path}`, header: authHeader() })
  } catch {
    throw networkError()
  }
  if (res.statusCode < 200 || res.statusCode >= 300) throw apiErrorFrom(res.statusCode, undefined)
  return res.tempFilePath
}
