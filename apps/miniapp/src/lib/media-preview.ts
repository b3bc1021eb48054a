import Taro from '@tarojs/taro'

/**
 * Full-screen view of a photo, e.g. evidence a reviewer needs to read. WeChat's viewer zooms with a pinch; on H5
 * the browser's own tab does the same, and Taro's H5 viewer would add about 200 KB (it brings a swiper) to the page.
 */
export function previewImage(url: string): void {
  if (process.env.TARO_ENV === 'h5') {
    window.open(url, '_blank', 'noopener')
    return
  }
  void Taro.previewImage({ urls: [url], current: url })
}
