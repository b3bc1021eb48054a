/**
 * Keys of the street's oversight (DOMAIN S1–S5): the per-compound rows a street view reads in one Query each —
 * the compounds' standing facts, and one partition per quarter of counters.
 */
export const oversightKeys = {
  compoundFacts: (sid: string, cid: string) => ({ PK: `STREET#${sid}#CF`, SK: `C#${cid}` }),
  compoundFactsPartition: (sid: string) => `STREET#${sid}#CF`,
  quarterCounts: (sid: string, quarter: string, cid: string) => ({ PK: `STREET#${sid}#CQ#${quarter}`, SK: `C#${cid}` }),
  quarterCountsPartition: (sid: string, quarter: string) => `STREET#${sid}#CQ#${quarter}`,
}
