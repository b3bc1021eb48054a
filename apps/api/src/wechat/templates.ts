import { MessageKind } from '@jiayuan/contracts'
import type { Config } from '../config'

export type TemplateIds = Partial<Record<MessageKind, string>>

/** Local and test runs: stand-in ids, so the whole flow runs without a WeChat account. */
const LOCAL_TEMPLATES: TemplateIds = {
  claimed: 'tpl-ticket-claimed',
  resolved: 'tpl-ticket-resolved',
  overdue: 'tpl-ticket-overdue',
  reopened: 'tpl-ticket-reopened',
  dispatched: 'tpl-ticket-dispatched',
  contacted: 'tpl-ticket-contacted',
  on_site: 'tpl-ticket-on-site',
  escalated: 'tpl-ticket-escalated',
  unclaimed: 'tpl-ticket-unclaimed',
  new_in_grid: 'tpl-ticket-new-in-grid',
  escalation_received: 'tpl-escalation-received',
  meeting_notice: 'tpl-meeting-notice',
  voting_extended: 'tpl-voting-extended',
  result_preliminary: 'tpl-result-preliminary',
  result_final: 'tpl-result-final',
  report_published: 'tpl-report-published',
  bulletin: 'tpl-bulletin',
}

/**
 * `claimed=<id>,meeting_notice=<id>` → `{ claimed: '<id>', meeting_notice: '<id>' }`: ticket notifications and
 * compound announcements alike; unknown kinds are ignored.
 */
export function subscribeTemplates(config: Pick<Config, 'STAGE' | 'SUBSCRIBE_TEMPLATES'>): TemplateIds {
  if (config.SUBSCRIBE_TEMPLATES === undefined) return config.STAGE === 'prod' ? {} : LOCAL_TEMPLATES
  const ids: TemplateIds = {}
  for (const pair of config.SUBSCRIBE_TEMPLATES.split(',')) {
    const [kind, id] = pair.split('=').map((part) => part.trim())
    const parsed = MessageKind.safeParse(kind)
    if (parsed.success && id) ids[parsed.data] = id
  }
  return ids
}
