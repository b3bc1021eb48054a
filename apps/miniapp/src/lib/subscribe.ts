import Taro from '@tarojs/taro'
import { isWeapp } from './platform'

export interface SubscribeAnswer {
  templateId: string
  accepted: boolean
}

/**
 * Asks for one-time subscribe messages (DOMAIN W4). WeChat only shows the sheet when this runs inside the tap
 * handler, before any await, so callers load the template ids ahead and call this first thing on the tap.
 * At most three templates per sheet. H5 has no subscribe messages: it answers nothing.
 */
export async function requestSubscribe(templateIds: readonly string[]): Promise<SubscribeAnswer[]> {
  const ids = templateIds.slice(0, 3)
  if (!isWeapp || ids.length === 0) return []
  try {
    const res = (await Taro.requestSubscribeMessage({
      tmplIds: ids,
    } as Taro.requestSubscribeMessage.Option)) as unknown as Record<string, unknown>
    return ids.map((templateId) => ({ templateId, accepted: res[templateId] === 'accept' }))
  } catch {
    // Declined by the switch in settings, or an old base library: nothing was granted.
    return []
  }
}
