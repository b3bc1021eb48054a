import { RuleViolation } from '../errors'

/** The mini-app page a compound's QR code opens (app.config.ts), without a leading slash as WeChat wants it. */
export const JOIN_PAGE = 'pages/join/index'

/** WeChat's `scene`: at most 32 visible characters of digits, letters and !#$&'()*+,/:;=?@-._~ (getUnlimitedQRCode). */
const SCENE = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]{1,32}$/

/**
 * The scene of a compound's mini-program code is its id, read back by the join page from `options.scene`. An id
 * WeChat cannot carry is refused rather than cut, so no code ever opens the wrong compound.
 */
export function joinScene(compoundId: string): string {
  if (!SCENE.test(compoundId)) {
    throw new RuleViolation('CompoundIdTooLongForCode', '小区编号超过 32 个字符，无法生成小程序码', {
      field: 'compoundId',
    })
  }
  return compoundId
}

/** The join link of the H5 build (hash routing): what the local stand-in's QR code carries and the poster prints. */
export function joinLink(h5Base: string, compoundId: string): string {
  const base = h5Base.endsWith('/') ? h5Base : `${h5Base}/`
  return `${base}#/${JOIN_PAGE}?compoundId=${encodeURIComponent(compoundId)}`
}
