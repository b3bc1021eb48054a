/**
 * Keys of the announcements and the in-app inbox (消息). A person's inbox is one partition per compound, sorted by
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
}
