/**
 * Keys of the quarterly evaluation (红灰黑榜, DOMAIN S2; access patterns AE1–AE5 in packages/db/README.md): the
 * street's rubric, one row per compound and quarter in the quarter's partition (the overview is one Query),
 * each compound's score sheets in their own partition, and each panel member's assignments.
 */
export const assessmentKeys = {
  rubric: (sid: string) => ({ PK: `AE#ST#${sid}`, SK: 'RUBRIC' }),
  assessment: (sid: string, quarter: string, cid: string) => ({ PK: `AE#ST#${sid}#Q#${quarter}`, SK: `C#${cid}` }),
  assessmentPartition: (sid: string, quarter: string) => `AE#ST#${sid}#Q#${quarter}`,
  scoreSheet: (sid: string, quarter: string, cid: string, userId: string) => ({
    PK: `AE#ST#${sid}#Q#${quarter}#C#${cid}`,
    SK: `S#${userId}`,
  }),
  scoreSheetPartition: (sid: string, quarter: string, cid: string) => `AE#ST#${sid}#Q#${quarter}#C#${cid}`,
  panelSeat: (userId: string, quarter: string, sid: string, cid: string) => ({
    PK: `AE#U#${userId}`,
    SK: `${quarter}#${sid}#${cid}`,
  }),
  panelSeatPartition: (userId: string) => `AE#U#${userId}`,
}
