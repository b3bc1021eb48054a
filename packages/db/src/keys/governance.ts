const pad = (n: number, width: number) => String(n).padStart(width, '0')

/**
 * Keys of the governance context (三驾马车, DOMAIN G1–G3). The parties' records are one partition per compound,
 * each save a new version (`BRANCH#V#…`, `COMPANY#V#…`); a joint meeting's partition holds the meeting and its
 * residents' proposals; decisions are one partition per compound, with a sparse index of the unfinished ones
 * by due date for the sweep, and a pointer per ticket a decision settles.
 */
export const governanceKeys = {
  partyPartition: (cid: string) => `C#${cid}#GOV`,
  partyVersion: (cid: string, which: 'BRANCH' | 'COMPANY', version: number) => ({
    PK: `C#${cid}#GOV`,
    SK: `${which}#V#${pad(version, 6)}`,
  }),
  jointMeeting: (cid: string, mid: string) => ({ PK: `C#${cid}#JM#${mid}`, SK: 'META' }),
  jointMeetingByTime: (cid: string, startsAt: string, mid: string) => ({
    GSI1PK: `C#${cid}#JMS`,
    GSI1SK: `${startsAt}#${mid}`,
  }),
  jointMeetingsIndex: (cid: string) => `C#${cid}#JMS`,
  jointMeetingPartition: (cid: string, mid: string) => `C#${cid}#JM#${mid}`,
  proposal: (cid: string, mid: string, pid: string) => ({ PK: `C#${cid}#JM#${mid}`, SK: `P#${pid}` }),
  proposalPrefix: 'P#',
  decisionPartition: (cid: string) => `C#${cid}#DEC`,
  decision: (cid: string, did: string) => ({ PK: `C#${cid}#DEC`, SK: `D#${did}` }),
  /** Sparse: only decisions not done or dropped carry it. */
  decisionOpen: (cid: string, dueDate: string, did: string) => ({
    GSI1PK: `C#${cid}#DECOPEN`,
    GSI1SK: `${dueDate}#${did}`,
  }),
  decisionOpenIndex: (cid: string) => `C#${cid}#DECOPEN`,
  ticketDecision: (cid: string, tid: string, did: string) => ({ PK: `C#${cid}#TKDEC#${tid}`, SK: `D#${did}` }),
  ticketDecisionPartition: (cid: string, tid: string) => `C#${cid}#TKDEC#${tid}`,
}
