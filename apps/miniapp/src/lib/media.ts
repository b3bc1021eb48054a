import Taro from '@tarojs/taro'
import type { BodyOf, compound } from '@jiayuan/contracts'
import { isH5 } from './platform'

export type UploadContentType = BodyOf<typeof compound.createUpload>['contentType']
export type ImageSource = 'camera' | 'album'

export interface PickedImage {
  /** A temp path: `wxfile://…`/`http://tmp/…` on WeChat, a `blob:` URL on H5. Shows in <Image src>. */
  path: string
  size: number
  contentType: UploadContentType
  /** H5 only: the File the browser gave us, uploaded as is. */
  file?: Blob
}

const BY_EXTENSION: Record<string, UploadContentType> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  heic: 'image/heic',
}

function contentTypeOf(path: string, reported?: string): UploadContentType | undefined {
  const fromBrowser = Object.values(BY_EXTENSION).find((t) => t === reported)
  if (fromBrowser) return fromBrowser
  const ext = /\.([a-z0-9]+)(?:\?|$)/i.exec(path)?.[1]?.toLowerCase()
  return ext ? BY_EXTENSION[ext] : undefined
}

interface ChosenFile {
  tempFilePath: string
  size: number
  fileType?: string
  originalFileObj?: Blob & { type?: string }
}

/**
 * One photo from the camera or the album; null when the person cancels. The caller asks for the source
 * explicitly (two buttons), which on H5 also avoids Taro's extra "拍摄 / 从相册选择" sheet on phones.
 * WeChat shows its own privacy consent before the first camera or album use (DOMAIN W3) once the privacy
 * guide is filled in on the admin console.
 */
export async function pickImage(source: ImageSource): Promise<PickedImage | null> {
  let files: ChosenFile[]
  try {
    const res = await Taro.chooseMedia({
      count: 1,
      mediaType: ['image'],
      sourceType: [source],
      sizeType: ['compressed'],
    })
    files = res.tempFiles as ChosenFile[]
  } catch {
    return null
  }
  const first = files[0]
  if (!first) return null
  const reported = isH5 ? (first.originalFileObj?.type ?? first.fileType) : undefined
  // WeChat compresses to JPEG and keeps the extension on the temp path; unknown types go as JPEG.
  const contentType = contentTypeOf(first.tempFilePath, reported) ?? 'image/jpeg'
  return {
    path: first.tempFilePath,
    size: first.size,
    contentType,
    ...(isH5 && first.originalFileObj ? { file: first.originalFileObj } : {}),
  }
}
