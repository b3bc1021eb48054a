/**
 * Keys above the compound (DOMAIN G4): streets with their communities and departments, the people working for
 * each (in the person's own partition, read with ID7, and listed by GSI1), and a department's whistled requests.
 */
export const aboveKeys = {
  street: (sid: string) => ({ PK: `STREET#${sid}`, SK: 'META' }),
  streetPartition: (sid: string) => `STREET#${sid}`,
  /** A community of the street (listed from the street) and its way back (the compound's street, per request). */
  streetCommunity: (sid: string, communityId: string) => ({ PK: `STREET#${sid}`, SK: `CMTY#${communityId}` }),
  communityStreet: (communityId: string) => ({ PK: `CMTY#${communityId}`, SK: 'STREET' }),
  streetCommunityPrefix: 'CMTY#',
  streetMembership: (uid: string, sid: string) => ({ PK: `USER#${uid}`, SK: `STREET#${sid}` }),
  streetStaffIndex: (sid: string, uid: string) => ({ GSI1PK: `STREET#${sid}#STAFF`, GSI1SK: uid }),

  department: (did: string) => ({ PK: `DEPT#${did}`, SK: 'META' }),
  streetDepartment: (sid: string, did: string) => ({ PK: `STREET#${sid}`, SK: `DEPT#${did}` }),
  streetDepartmentPrefix: 'DEPT#',
  departmentMembership: (uid: string, did: string) => ({ PK: `USER#${uid}`, SK: `DEPT#${did}` }),
  departmentStaffIndex: (did: string, uid: string) => ({ GSI1PK: `DEPT#${did}#STAFF`, GSI1SK: uid }),
  /** A request whistled to a department: a pointer to the ticket, by the time it was whistled. */
  whistle: (did: string, at: string, cid: string, tid: string) => ({ PK: `DEPT#${did}#W`, SK: `${at}#${cid}#${tid}` }),
  whistlePartition: (did: string) => `DEPT#${did}#W`,
}
