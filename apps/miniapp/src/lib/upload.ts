import Taro from '@tarojs/taro'
import { compound, type BodyOf, type UploadTicket } from '@jiayuan/contracts'
import { call } from './api'
import { ApiError, networkError } from './api-error'
import type { PickedImage } from './media'
import { isH5 } from './platform'

type Purpose = BodyOf<typeof compound.createUpload>['purpose']

const uploadFailed = (status: number) => new ApiError(status, 'UploadFailed', `照片上传失败（${status}），请重试`)

/** H5: XHR rather than fetch, because only XHR reports upload progress. */
async function putFromBrowser(
  ticket: UploadTicket,
  image: PickedImage,
  onProgress: (ratio: number) => void,
): Promise<void> {
  const blob = image.file ?? (await (await fetch(image.path)).blob())
  await new Promise<void>((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open(ticket.method, ticket.url)
    for (const [name, value] of Object.entries(ticket.headers)) xhr.setRequestHeader(name, value)
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total)
    }
    xhr.onload = () => (xhr.status >= 200 && xhr.status < 300 ? resolve() : reject(uploadFailed(xhr.status)))
    xhr.onerror = () => reject(networkError())
    xhr.send(blob)
  })
}

/**
 * WeChat: wx.uploadFile only does multipart POST, which a presigned S3 PUT refuses, so the bytes are read
 * into an ArrayBuffer and sent with a plain PUT. wx.request reports no upload progress, so the bar jumps
 * from 0 to done. The storage domain must be on the mini-program's request whitelist (DOMAIN W6).
 */
async function putFromWechat(ticket: UploadTicket, image: PickedImage): Promise<void> {
  const bytes = await new Promise<ArrayBuffer>((resolve, reject) => {
    Taro.getFileSystemManager().readFile({
      filePath: image.path,
      success: (res) => (res.data instanceof ArrayBuffer ? resolve(res.data) : reject(uploadFailed(0))),
      fail: () => reject(uploadFailed(0)),
    })
  })
  let res: { statusCode: number }
  try {
    res = await Taro.request({
      url: ticket.url,
      method: 'PUT',
      header: ticket.headers,
      data: bytes,
      dataType: '其他',
      responseType: 'text',
    })
  } catch {
    throw networkError()
  }
  if (res.statusCode < 200 || res.statusCode >= 300) throw uploadFailed(res.statusCode)
}

/** Asks the API for a presigned PUT, sends the photo straight to storage, and returns the key to submit. */
export async function uploadImage(
  compoundId: string,
  purpose: Purpose,
  image: PickedImage,
  onProgress: (ratio: number) => void = () => undefined,
): Promise<string> {
  const presign = (body: UploadRequestBody) =>
    call(compound.createUpload, { params: { compoundId }, body: { ...body, purpose } })
  return uploadThrough(presign, image, onProgress)
}

type UploadRequestBody = Omit<BodyOf<typeof compound.createUpload>, 'purpose'>

/**
 * Sends a photo through a presigned PUT from any upload endpoint (a compound's, or a department's for a request
 * whistled to it) and returns the key to submit.
 */
export async function uploadThrough(
  presign: (body: UploadRequestBody) => Promise<UploadTicket>,
  image: PickedImage,
  onProgress: (ratio: number) => void = () => undefined,
): Promise<string> {
  const ticket = await presign({ contentType: image.contentType, size: image.size })
  onProgress(0)
  if (isH5) await putFromBrowser(ticket, image, onProgress)
  else await putFromWechat(ticket, image)
  onProgress(1)
  return ticket.key
}

/** The upload for a photo picker on a compound's page (`usePhotoUploads`); none until the compound is known. */
export const compoundUpload = (compoundId: string | undefined, purpose: Purpose) =>
  compoundId
    ? (image: PickedImage, onProgress: (ratio: number) => void) => uploadImage(compoundId, purpose, image, onProgress)
    : undefined
