import { joinLink } from '@jiayuan/domain'
import type { MiniProgramCodes } from './qr-codes'

/**
 * The local and test stand-in for getUnlimitedQRCode: a real QR code (npm `qrcode`) of the H5 join link with
 * the scene as the compound, so a phone on the same network opens the join page of the local run.
 */
export function localQrCodes(h5Base: string): MiniProgramCodes {
  return {
    async unlimited({ scene, width }) {
      // Loaded on first use: production draws its codes with WeChat and never needs this module.
      const { default: QRCode } = await import('qrcode')
      const png = await QRCode.toBuffer(joinLink(h5Base, scene), {
        type: 'png',
        width,
        margin: 4,
        errorCorrectionLevel: 'M',
      })
      const bytes = new Uint8Array(new ArrayBuffer(png.byteLength))
      bytes.set(png)
      return bytes
    },
  }
}
