import type { Font } from 'fontkit'
import { INK, PAGE, PdfCanvas } from './pdf-canvas'

/** The three steps printed under the code: join, agree to the privacy guide, then (owners) ask to be verified. */
export const POSTER_STEPS = [
  '① 打开微信，扫一扫上方的小程序码',
  '② 阅读并同意《隐私保护指引》，点「加入小区」',
  '③ 业主再点「申请业主认证」，上传房产证明，由业委会核对',
] as const

const QR_SIZE = 280

/**
 * The lobby poster (A4, one page): the compound's name, its mini-program code and three short steps, with the
 * H5 address for people without WeChat. Every character goes through the embedded report font (report-font.ts).
 */
export async function posterPdf(
  input: { name: string; address: string; qrPng: Uint8Array; link: string | undefined },
  font: Font,
): Promise<Uint8Array<ArrayBuffer>> {
  const canvas = new PdfCanvas(font, { title: `${input.name} 小区码`, author: input.name })
  canvas.doc.y = PAGE.margin + 30
  canvas.centred('扫码加入', 22, INK.grey)
  canvas.gap(6)
  canvas.centred(input.name, 36)
  if (input.address) {
    canvas.gap(4)
    canvas.centred(input.address, 13, INK.grey)
  }
  canvas.gap(24)
  const top = canvas.y
  canvas.doc.image(Buffer.from(input.qrPng), (PAGE.width - QR_SIZE) / 2, top, { width: QR_SIZE, height: QR_SIZE })
  canvas.doc.y = top + QR_SIZE + 28
  for (const step of POSTER_STEPS) {
    canvas.centred(step, 16)
    canvas.gap(10)
  }
  canvas.gap(18)
  canvas.centred('报修随手拍 · 议事投票 · 账目公开，都在「家园」小程序', 12, INK.grey)
  if (input.link) {
    canvas.gap(6)
    canvas.centred(`没有微信？用浏览器打开：${input.link}`, 10, INK.grey)
  }
  return canvas.finish(`${input.name} · 家园小区码`)
}
