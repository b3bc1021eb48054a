/**
 * Keys of the neighbours context (DOMAIN H1, H2, H4). Per compound: one partition of volunteers (`U#<userId>`),
 * one of asks (`A#<askId>`), one of spare keys (`K#<keyId>`); per volunteer a partition of service records keyed
 * by the ask they served, so an ask's hours exist at most once; per key a partition of its log lines.
 */
export const neighbourKeys = {
  volunteer: (cid: string, uid: string) => ({ PK: `C#${cid}#VOL`, SK: `U#${uid}` }),
  volunteerPartition: (cid: string) => `C#${cid}#VOL`,
  ask: (cid: string, aid: string) => ({ PK: `C#${cid}#ASK`, SK: `A#${aid}` }),
  askPartition: (cid: string) => `C#${cid}#ASK`,
  serviceRecord: (cid: string, uid: string, aid: string) => ({ PK: `C#${cid}#SVC#${uid}`, SK: `A#${aid}` }),
  serviceRecordPartition: (cid: string, uid: string) => `C#${cid}#SVC#${uid}`,
  spareKey: (cid: string, kid: string) => ({ PK: `C#${cid}#KEY`, SK: `K#${kid}` }),
  spareKeyPartition: (cid: string) => `C#${cid}#KEY`,
  keyLogLine: (cid: string, kid: string, at: string, n: number) => ({
    PK: `C#${cid}#KEYLOG#${kid}`,
    SK: `${at}#${String(n).padStart(2, '0')}`,
  }),
  keyLogPartition: (cid: string, kid: string) => `C#${cid}#KEYLOG#${kid}`,
}
