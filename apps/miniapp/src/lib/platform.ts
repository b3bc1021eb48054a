import Taro from '@tarojs/taro'

export type Platform = 'weapp' | 'h5'

// TARO_ENV is inlined by the Taro compiler, so each build keeps only its own branch.
export const platform: Platform = process.env.TARO_ENV === 'h5' ? 'h5' : 'weapp'
export const isH5 = platform === 'h5'
export const isWeapp = platform === 'weapp'

/** WeChat's default body size on iOS and Android; `fontSizeSetting` is reported relative to it. */
const WECHAT_DEFAULT_FONT_PX = 17

interface FontInfo {
  fontSizeScaleFactor?: number
  fontSizeSetting?: number
}

/**
 * How much the user has enlarged text in WeChat (我 › 设置 › 通用 › 字体大小), 1 when unknown (DOMAIN A1).
 * Newer base libraries report `fontSizeScaleFactor` on getAppBaseInfo; older ones only `fontSizeSetting` in px.
 * Browsers apply their own zoom, so H5 answers 1.
 */
export function systemFontScale(): number {
  if (!isWeapp) return 1
  try {
    const base = (typeof Taro.getAppBaseInfo === 'function' ? Taro.getAppBaseInfo() : {}) as FontInfo
    if (base.fontSizeScaleFactor && base.fontSizeScaleFactor > 0) return base.fontSizeScaleFactor
    const setting = base.fontSizeSetting ?? (Taro.getSystemInfoSync() as FontInfo).fontSizeSetting
    return setting ? setting / WECHAT_DEFAULT_FONT_PX : 1
  } catch {
    return 1
  }
}

/** The usable width of the screen in px (the page's, on H5): charts size their labels from it. */
export function windowWidth(): number {
  if (isH5) return window.innerWidth
  try {
    return typeof Taro.getWindowInfo === 'function'
      ? Taro.getWindowInfo().windowWidth
      : Taro.getSystemInfoSync().windowWidth
  } catch {
    return 375
  }
}
