/**
 * Keys of the announcements, the notices (公告) and the in-app inbox (消息). A person's inbox is one partition per compound, sorted by
 * the time-ordered message id; unread messages also sit in a sparse GSI1 partition (removed when read), so the
 * badge is one COUNT query over unread items only.
 */
export const noticeKeys = {
  inboxPartition: (uid: string, cid: string) => `USER#${uid}#INBOX#${cid}`,
  inboxMessage: (uid: string, cid: string, messageId: string) => ({
    PK: `USER#${uid}#INBOX#${cid}`,
    SK: `M#${messageId}`,
  }),
  inboxMessagePrefix: 'M#',
  inboxUnread: (uid: string, cid: string, messageId: string) => ({
    GSI1PK: `USER#${uid}#UNREAD#${cid}`,
    GSI1SK: messageId,
  }),
  inboxUnreadPartition: (uid: string, cid: string) => `USER#${uid}#UNREAD#${cid}`,
  /** A person's chosen channels (inbox always; WeChat; SMS and its number). */
  notifyPrefs: (uid: string) => ({ PK: `USER#${uid}`, SK: 'NOTIFY_PREFS' }),
  /** One SMS per (event, person): written before the send, so a rerun never texts twice. */
  smsLog: (uid: string, eventId: string) => ({ PK: `USER#${uid}#SMS`, SK: `SMS#${eventId}` }),
  smsLogPartition: (uid: string) => `USER#${uid}#SMS`,

  /** A notice and, in its partition, one read receipt per person (`R#<uid>`): counted once, exactly. */
  bulletin: (cid: string, bid: string) => ({ PK: `C#${cid}#BLT#${bid}`, SK: 'META' }),
  bulletinRead: (cid: string, bid: string, uid: string) => ({ PK: `C#${cid}#BLT#${bid}`, SK: `R#${uid}` }),
  /**
   * Notices still on home pages, by end time: sparse (removed when withdrawn), so the home page reads only those
   * ending after now and never the years of ended ones before them.
   */
  bulletinShowing: (cid: string, endsAt: string, bid: string) => ({
    GSI1PK: `C#${cid}#BLTLIVE`,
    GSI1SK: `${endsAt}#${bid}`,
  }),
  bulletinShowingPartition: (cid: string) => `C#${cid}#BLTLIVE`,
  /** Every notice of a compound by posting time, for the staff list, newest first. */
  bulletinPosted: (cid: string, postedAt: string, bid: string) => ({
    GSI2PK: `C#${cid}#BLTS`,
    GSI2SK: `${postedAt}#${bid}`,
  }),
  bulletinPostedPartition: (cid: string) => `C#${cid}#BLTS`,
}
