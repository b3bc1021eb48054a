/**
 * Mini-program codes (小程序码): WeChat's getUnlimitedQRCode in production; locally a stand-in that draws a real
 * QR code of the H5 join link, so the code on a printed poster can be scanned on a local run too.
 */
export interface MiniProgramCodes {
  /** A PNG of the code that opens `page` with `scene` (≤ 32 characters) in its `options.scene`. */
  unlimited(input: { scene: string; page: string; width: number }): Promise<Uint8Array<ArrayBuffer>>
}
