export type ModerationVerdict = 'passed' | 'rejected'

/**
 * Content moderation of user text and images before anyone else sees them (DOMAIN W5). WeChat answers text at
 * once (msgSecCheck) and images later, by a push carrying the trace id (mediaCheckAsync); a stand-in may
 * answer images at once.
 */
export interface Moderation {
  checkText(input: { text: string; openid?: string }): Promise<ModerationVerdict>
  checkImage(input: { url: string; openid?: string }): Promise<{ verdict: ModerationVerdict } | { traceId: string }>
}
