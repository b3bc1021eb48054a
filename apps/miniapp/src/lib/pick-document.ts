import Taro from '@tarojs/taro'
import type { PickedImage } from './media'
import { isH5 } from './platform'

export type PickedDocument = PickedImage & { name: string }

/** The upload limit (contracts UPLOAD_MAX_BYTES); checked here so the person hears it before uploading. */
const MAX_BYTES = 10 * 1024 * 1024

function pickPdfInBrowser(): Promise<PickedDocument | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = '.pdf,application/pdf'
    input.className = 'document-file-input'
    input.style.display = 'none'
    input.onchange = () => {
      const file = input.files?.[0]
      input.remove()
      if (!file) return resolve(null)
      if (file.size > MAX_BYTES) return reject(new Error('文件超过 10 MB，请压缩后再上传'))
      resolve({
        name: file.name,
        path: URL.createObjectURL(file),
        size: file.size,
        contentType: 'application/pdf',
        file,
      })
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
async function pickPdfInWechat(): Promise<PickedDocument | null> {
  let file: { path: string; name: string; size: number } | undefined
  try {
    file = (await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['pdf'] })).tempFiles[0]
  } catch {
    return null
  }
  if (!file) return null
  if (file.size > MAX_BYTES) throw new Error('文件超过 10 MB，请压缩后再上传')
  return { name: file.name, path: file.path, size: file.size, contentType: 'application/pdf' }
}

/** One PDF document chosen by the person (a contract, a quotation); null when they cancel. */
export function pickPdf(): Promise<PickedDocument | null> {
  return isH5 ? pickPdfInBrowser() : pickPdfInWechat()
}

/** Opens a document by its URL: a new tab on H5; on WeChat it is downloaded and shown by the system viewer. */
export async function openDocument(url: string): Promise<void> {
  if (isH5) {
    window.open(url, '_blank', 'noopener')
    return
  }
  const { tempFilePath } = await Taro.downloadFile({ url })
  await Taro.openDocument({ filePath: tempFilePath, fileType: 'pdf' })
}
