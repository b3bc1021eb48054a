const pad = (n: number, width: number) => String(n).padStart(width, '0')

/**
 * Keys of the reports context. A compound's report versions share one partition (a dozen months a year, a
 * few versions each), sorted by month then version; the disclosure board is one partition of current
 * sections and their kept history; each quarter's ratings are one partition, one item per person.
 */
export const reportKeys = {
  reportPartition: (cid: string) => `C#${cid}#RPT`,
  reportVersion: (cid: string, month: string, version: number) => ({
    PK: `C#${cid}#RPT`,
    SK: `${month}#V#${pad(version, 4)}`,
  }),
  reportMonthPrefix: (month: string) => `${month}#V#`,
  /** Links to a published month made for people outside the app; a partition of their own, apart from versions. */
  reportShare: (cid: string, shareId: string) => ({ PK: `C#${cid}#RSHARE`, SK: `S#${shareId}` }),
  disclosurePartition: (cid: string) => `C#${cid}#DISC`,
  disclosureSection: (cid: string, section: string) => ({ PK: `C#${cid}#DISC`, SK: `S#${section}` }),
  disclosureSectionPrefix: 'S#',
  /** Every version a section ever had, kept: an update never silently overwrites (DESIGN, events). */
  disclosureHistory: (cid: string, section: string, version: number) => ({
    PK: `C#${cid}#DISC`,
    SK: `H#${section}#${pad(version, 6)}`,
  }),
  disclosureObjectionPartition: (cid: string) => `C#${cid}#DOBJ`,
  disclosureObjection: (cid: string, objectionId: string) => ({ PK: `C#${cid}#DOBJ`, SK: objectionId }),
  evaluationPartition: (cid: string, quarter: string) => `C#${cid}#EVAL#${quarter}`,
  evaluation: (cid: string, quarter: string, uid: string) => ({ PK: `C#${cid}#EVAL#${quarter}`, SK: `U#${uid}` }),
  /** A household's (unit's) one rating of a quarter: written with the rating, kept apart from the scores. */
  householdRating: (cid: string, quarter: string, unitId: string) => ({
    PK: `C#${cid}#EVALHH#${quarter}`,
    SK: `UNIT#${unitId}`,
  }),
}
