import { NotificationKind } from '@jiayuan/contracts'
import type { Config } from '../../config'

export type TemplateIds = Partial<Record<NotificationKind, string>>

/** Local and test runs: stand-in ids, so the whole flow runs without a WeChat account. */
const LOCAL_TEMPLATES: TemplateIds = { claimed: 'tpl-ticket-claimed', resolved: 'tpl-ticket-resolved', overdue: 'tpl-ticket-overdue', reopened: 'tpl-ticket-reopened' }

/** `claimed=<id>,resolved=<id>` → `{ claimed: '<id>', resolved: '<id>' }`; unknown kinds are ignored. */
export function subscribeTemplates(config: Pick<Config, 'STAGE' | 'SUBSCRIBE_TEMPLATES'>): TemplateIds {
  if (config.SUBSCRIBE_TEMPLATES === undefined) return config.STAGE === 'prod' ? {} : LOCAL_TEMPLATES
  const ids: TemplateIds = {}
  for (const pair of config.SUBSCRIBE_TEMPLATES.split(',')) {
    const [kind, id] = pair.split('=').map((part) => part.trim())
    const parsed = NotificationKind.safeParse(kind)
    if (parsed.success && id) ids[parsed.data] = id
  }
  return ids
}
