/**
 * Keys of the neighbours context (DOMAIN H1, H2, H4). Per compound: one partition of volunteers (`U#<userId>`),
 * one of asks (`A#<askId>`), one of spare keys (`K#<keyId>`); per volunteer a partition of service records keyed
 * by the ask they served (`A#<askId>`) or the team activity (`T#<activityId>`), so hours exist at most once per
 * person and ask or activity; per key a partition of its log lines. Volunteer teams (志愿服务队): one partition of
 * teams (`T#<teamId>`), one of their members (`T#<teamId>#U#<userId>`) and one of recorded activities.
 */
export const neighbourKeys = {
  volunteer: (cid: string, uid: string) => ({ PK: `C#${cid}#VOL`, SK: `U#${uid}` }),
  volunteerPartition: (cid: string) => `C#${cid}#VOL`,
  ask: (cid: string, aid: string) => ({ PK: `C#${cid}#ASK`, SK: `A#${aid}` }),
  askPartition: (cid: string) => `C#${cid}#ASK`,
  serviceRecord: (cid: string, uid: string, aid: string) => ({ PK: `C#${cid}#SVC#${uid}`, SK: `A#${aid}` }),
  serviceRecordPartition: (cid: string, uid: string) => `C#${cid}#SVC#${uid}`,
  activityRecord: (cid: string, uid: string, actId: string) => ({ PK: `C#${cid}#SVC#${uid}`, SK: `T#${actId}` }),
  team: (cid: string, tid: string) => ({ PK: `C#${cid}#TEAM`, SK: `T#${tid}` }),
  teamPartition: (cid: string) => `C#${cid}#TEAM`,
  teamMember: (cid: string, tid: string, uid: string) => ({ PK: `C#${cid}#TEAMMEM`, SK: `T#${tid}#U#${uid}` }),
  teamMemberPartition: (cid: string) => `C#${cid}#TEAMMEM`,
  teamActivity: (cid: string, at: string, actId: string) => ({ PK: `C#${cid}#TEAMACT`, SK: `${at}#${actId}` }),
  teamActivityPartition: (cid: string) => `C#${cid}#TEAMACT`,
  spareKey: (cid: string, kid: string) => ({ PK: `C#${cid}#KEY`, SK: `K#${kid}` }),
  spareKeyPartition: (cid: string) => `C#${cid}#KEY`,
  keyLogLine: (cid: string, kid: string, at: string, n: number) => ({
    PK: `C#${cid}#KEYLOG#${kid}`,
    SK: `${at}#${String(n).padStart(2, '0')}`,
  }),
  keyLogPartition: (cid: string, kid: string) => `C#${cid}#KEYLOG#${kid}`,
}
