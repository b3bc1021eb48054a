import Taro from '@tarojs/taro'

/** A short message that goes away by itself. Errors stay on the page in words (DOMAIN A3); this is for success. */
export function toast(title: string): void {
  void Taro.showToast({ title, icon: 'none', duration: 2000 })
}

export async function confirm(title: string, content: string): Promise<boolean> {
  const res = await Taro.showModal({ title, content, confirmText: '确定', cancelText: '取消', confirmColor: '#B71C1C' })
  return res.confirm
}
