import { REPORT_SHARE_DAYS, type MonthlyReport, type PublicReport } from '@jiayuan/contracts'
import { DAY_MS, dateTimeText } from '../time'
import { DomainError, InvalidInput } from '../errors'
import { maskPersonalText, maskUnitsInText } from '../privacy'

/**
 * A share link that cannot be honoured, with words that tell the reader what to do instead. Not 401/403: the
 * link is not a caller's credential. An altered or unknown link names no report (404); an expired one is
 * refused by the rule that links last the days their creator chose (422).
 */
export class ShareLinkRefused extends DomainError {
  constructor(code: 'ShareLinkInvalid' | 'ShareLinkExpired', message: string) {
    super(code === 'ShareLinkInvalid' ? 'not_found' : 'rule', code, message)
  }
}

export const shareLinkInvalid = () =>
  new ShareLinkRefused('ShareLinkInvalid', '这个分享链接无效：链接不完整或被改动过。请向发来链接的人索取新的链接。')

/** When a link made now for `days` days stops working; the range is the contract's (1–30 days). */
export function shareExpiry(days: number, now: Date): string {
  if (!Number.isInteger(days) || days < REPORT_SHARE_DAYS.min || days > REPORT_SHARE_DAYS.max) {
    const message = `有效天数须在 ${REPORT_SHARE_DAYS.min} 到 ${REPORT_SHARE_DAYS.max} 天之间`
    throw new InvalidInput(message, [{ field: 'body.days', message }])
  }
  return new Date(now.getTime() + days * DAY_MS).toISOString()
}

/** A link is honoured until the instant it names, not a second longer. */
export function checkShareLive(expiresAt: string, now: Date): void {
  if (now.getTime() >= Date.parse(expiresAt)) {
    throw new ShareLinkRefused(
      'ShareLinkExpired',
      `这个分享链接已于${dateTimeText(expiresAt)}（北京时间）过期。请向业委会或物业索取新的链接，或在家园小程序中查看月报。`,
    )
  }
}

const publicText = (text: string) => maskUnitsInText(maskPersonalText(text))

/**
 * The report as anyone holding a share link reads it (DOMAIN P1): no user ids, and phone numbers and units
 * written into the committee's text or a meeting's title masked. The figures are aggregates already (P3).
 */
export function publicReport(report: MonthlyReport): PublicReport {
  const { draftedBy: _drafter, publishedBy: _publisher, editedAt: _edited, ...rest } = report
  const g = rest.figures.governance
  return {
    ...rest,
    narrative: {
      servicesDone: publicText(rest.narrative.servicesDone),
      nextMonthPlan: publicText(rest.narrative.nextMonthPlan),
    },
    ...(rest.changeNote === undefined ? {} : { changeNote: publicText(rest.changeNote) }),
    figures: {
      ...rest.figures,
      governance: {
        decisions: g.decisions.map((m) => ({ ...m, title: publicText(m.title) })),
        votesInProgress: g.votesInProgress.map((m) => ({ ...m, title: publicText(m.title) })),
        notices: g.notices.map((m) => ({ ...m, title: publicText(m.title) })),
      },
    },
  }
}
