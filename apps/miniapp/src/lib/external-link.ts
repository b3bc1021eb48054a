import Taro from '@tarojs/taro'
import { isH5 } from './platform'

/**
 * A link to a site outside the app, such as a government voting platform (DOMAIN V12). H5 opens it in a new
 * tab; a mini-program may not open outside pages, so the address is copied for the person to paste in a browser.
 * Resolves to what happened, for the page to say in words.
 */
export async function openExternal(url: string): Promise<'opened' | 'copied'> {
  if (isH5) {
    window.open(url, '_blank', 'noopener')
    return 'opened'
  }
  await Taro.setClipboardData({ data: url })
  return 'copied'
}
