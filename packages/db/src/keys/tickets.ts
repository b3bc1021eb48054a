/** Grid part of a queue key for a ticket no grid holds (a public area waiting for dispatch). */
const NO_GRID = '-'

/**
 * Keys of the tickets context. A ticket's partition holds the ticket, its timeline and its followers, so one
 * Query reads the detail page. Lists come from GSI1 (per compound: open by grid and status, closed by time) and GSI2 (per
 * person and compound: own reports and followed tickets); month and outbox partitions serve the report and the notification consumer.
 */
export const ticketKeys = {
  ticketPartition: (cid: string, tid: string) => `C#${cid}#T#${tid}`,
  ticket: (cid: string, tid: string) => ({ PK: `C#${cid}#T#${tid}`, SK: 'META' }),
  /**
   * Queues, console, board and sweep (GSI1): every ticket not closed sits in one partition per compound, sorted
   * by grid, then status, then when it entered the status, so one Query reads a compound's open tickets (or one
   * grid's). Closed tickets, which only grow, sit in their own partition by when they closed, so "closed in the
   * last 30 days" is one range Query.
   */
  ticketByStatus: (cid: string, status: string, gridId: string | undefined, statusAt: string, tid: string) =>
    status === 'closed'
      ? { GSI1PK: `C#${cid}#TCLOSED`, GSI1SK: `${statusAt}#${tid}` }
      : { GSI1PK: `C#${cid}#TOPEN`, GSI1SK: `${gridId ?? NO_GRID}#${status}#${statusAt}#${tid}` },
  openTicketsPartition: (cid: string) => `C#${cid}#TOPEN`,
  closedTicketsPartition: (cid: string) => `C#${cid}#TCLOSED`,
  ticketGridPrefix: (gridId: string | undefined) => `${gridId ?? NO_GRID}#`,
  /**
   * 我的 (tickets.mine, GSI2): a person's own reports and the tickets they follow in one compound share one
   * partition, newest first, so one Query reads a page of both. The ticket item itself sits there under its
   * requester (`R`, by submission); each follow's `FOL#` item under its follower (`F`, by when followed).
   */
  ticketByRequester: (uid: string, cid: string, submittedAt: string, tid: string) => ({
    GSI2PK: `USER#${uid}#C#${cid}#TMINE`,
    GSI2SK: `${submittedAt}#${tid}#R`,
  }),
  minePartition: (uid: string, cid: string) => `USER#${uid}#C#${cid}#TMINE`,
  /** Ordered by the ticket version that wrote it (not by clock), then by its place in that change. */
  ticketEvent: (cid: string, tid: string, version: number, n: number) => ({
    PK: `C#${cid}#T#${tid}`,
    SK: `EV#${String(version).padStart(8, '0')}#${String(n).padStart(2, '0')}`,
  }),
  ticketEventPrefix: 'EV#',
  follower: (cid: string, tid: string, uid: string) => ({ PK: `C#${cid}#T#${tid}`, SK: `FOL#${uid}` }),
  followerPrefix: 'FOL#',
  followedBy: (uid: string, cid: string, at: string, tid: string) => ({
    GSI2PK: `USER#${uid}#C#${cid}#TMINE`,
    GSI2SK: `${at}#${tid}#F`,
  }),
  /**
   * 网格工单's summary of one grid (TK23): what orders and counts each open ticket of the grid, in 32 shard items
   * (`S#00`…`S#31`, a ticket's shard from its id), with `READY` once every open ticket of the grid is in them
   * (a grid made since the summary existed, or the data upgrade that filled it). One Query reads them all.
   */
  queuePartition: (cid: string, gridId: string) => `C#${cid}#TQ#${gridId}`,
  queueShard: (cid: string, gridId: string, shard: number) => ({
    PK: `C#${cid}#TQ#${gridId}`,
    SK: `S#${String(shard).padStart(2, '0')}`,
  }),
  queueReady: (cid: string, gridId: string) => ({ PK: `C#${cid}#TQ#${gridId}`, SK: 'READY' }),
  /** Pointer per ticket in its Asia/Shanghai submission month, for the monthly report. */
  ticketMonth: (cid: string, month: string, submittedAt: string, tid: string) => ({
    PK: `C#${cid}#TM#${month}`,
    SK: `${submittedAt}#${tid}`,
  }),
  ticketMonthPartition: (cid: string, month: string) => `C#${cid}#TM#${month}`,
  /**
   * Ticket numbers of one compound and Asia/Shanghai day (DOMAIN T11): the day's last sequence (`SEQ`), moved
   * only in the transaction that creates the ticket, and one pointer per number for the staff's lookup.
   */
  ticketNumberCounter: (cid: string, day: string) => ({ PK: `C#${cid}#TNO#${day}`, SK: 'SEQ' }),
  ticketNumber: (cid: string, day: string, seq: number) => ({
    PK: `C#${cid}#TNO#${day}`,
    SK: `N#${String(seq).padStart(6, '0')}`,
  }),
  /** A worker's open-ticket count, checked against the cap in the same transaction as a claim (DOMAIN T3). */
  workerLoad: (cid: string, uid: string) => ({ PK: `C#${cid}#WORKER#${uid}`, SK: 'LOAD' }),
  /** Work for the notification and moderation consumer, written in the same transaction as the change. */
  outbox: (cid: string, at: string, id: string) => ({ PK: `C#${cid}#OUTBOX`, SK: `${at}#${id}` }),
  outboxPartition: (cid: string) => `C#${cid}#OUTBOX`,
  /**
   * A ticket's conversation (DOMAIN T8), in its own partition so the detail Query never reads it: messages by
   * time, and one idempotency item per message id pointing at its sort key.
   */
  messagePartition: (cid: string, tid: string) => `C#${cid}#TMSG#${tid}`,
  message: (cid: string, tid: string, at: string, mid: string) => ({
    PK: `C#${cid}#TMSG#${tid}`,
    SK: `M#${at}#${mid}`,
  }),
  messagePrefix: 'M#',
  messageId: (cid: string, tid: string, mid: string) => ({ PK: `C#${cid}#TMSG#${tid}`, SK: `ID#${mid}` }),
  /** Each reveal of a requester's contact (DOMAIN T7), newest read first by the committee. */
  contactRevealPartition: (cid: string) => `C#${cid}#REVEALS`,
  contactReveal: (cid: string, at: string, id: string) => ({ PK: `C#${cid}#REVEALS`, SK: `${at}#${id}` }),
  /** A mediaCheckAsync request waiting for WeChat's push, found by its trace id. */
  mediaTrace: (traceId: string) => ({ PK: `MEDIACHECK#${traceId}`, SK: 'TRACE' }),
  /** One-time subscribe-message quota per template, and what was sent, per person (DOMAIN W4). */
  subscriptionPartition: (uid: string) => `USER#${uid}#SUBS`,
  subscriptionQuota: (uid: string, templateId: string) => ({ PK: `USER#${uid}#SUBS`, SK: `TPL#${templateId}` }),
  subscriptionQuotaPrefix: 'TPL#',
  notification: (uid: string, at: string, id: string) => ({ PK: `USER#${uid}#SUBS`, SK: `LOG#${at}#${id}` }),
  notificationPrefix: 'LOG#',
}
