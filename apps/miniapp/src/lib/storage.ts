import Taro from '@tarojs/taro'

/**
 * Small JSON values in local storage (session, chosen compound, elder mode). Sync calls: they are tiny, and
 * the first render needs them before any effect runs.
 */
export function readStored<T>(key: string, parse: (raw: unknown) => T | undefined): T | undefined {
  try {
    const raw: unknown = Taro.getStorageSync(key)
    if (raw === '' || raw === undefined || raw === null) return undefined
    return parse(typeof raw === 'string' ? JSON.parse(raw) : raw)
  } catch {
    return undefined
  }
}

export function writeStored(key: string, value: unknown): void {
  try {
    Taro.setStorageSync(key, JSON.stringify(value))
  } catch {
    // Storage full or unavailable (private browsing): the app still works for this visit.
  }
}

export function removeStored(key: string): void {
  try {
    Taro.removeStorageSync(key)
  } catch {
    // Nothing to remove.
  }
}
