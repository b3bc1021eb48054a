/**
 * Keys of the street's oversight (DOMAIN S1–S5): the per-compound rows a street view reads in one Query each —
 * the compounds' standing facts, and one partition per quarter of counters.
 */
export const oversightKeys = {
  compoundFacts: (sid: string, cid: string) => ({ PK: `STREET#${sid}#CF`, SK: `C#${cid}` }),
  compoundFactsPartition: (sid: string) => `STREET#${sid}#CF`,
  quarterCounts: (sid: string, quarter: string, cid: string) => ({ PK: `STREET#${sid}#CQ#${quarter}`, SK: `C#${cid}` }),
  quarterCountsPartition: (sid: string, quarter: string) => `STREET#${sid}#CQ#${quarter}`,
  /** OV9: the street's counter totals of a quarter, in shards so that no one item takes every compound's writes. */
  streetTotalsShard: (sid: string, quarter: string, shard: number) => ({
    PK: `STREET#${sid}#CT#${quarter}`,
    SK: `S#${String(shard).padStart(2, '0')}`,
  }),
  streetTotalsPartition: (sid: string, quarter: string) => `STREET#${sid}#CT#${quarter}`,
}

/** Keys of the street's grading and the compounds' improvement projects (DOMAIN S1). */
export const gradingKeys = {
  gradingCriteria: (sid: string, version: number) => ({
    PK: `STREET#${sid}#CRIT`,
    SK: `V#${String(version).padStart(6, '0')}`,
  }),
  gradingCriteriaPartition: (sid: string) => `STREET#${sid}#CRIT`,
  grade: (cid: string, year: number, at: string) => ({ PK: `C#${cid}#GRADE`, SK: `Y#${year}#${at}` }),
  gradePartition: (cid: string) => `C#${cid}#GRADE`,
  improvement: (cid: string, pid: string) => ({ PK: `C#${cid}#IMPROVE`, SK: `P#${pid}` }),
  improvementPartition: (cid: string) => `C#${cid}#IMPROVE`,
}
