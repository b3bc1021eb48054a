/** Keys of the identity context: compounds, the roll, people, memberships, bindings, events. */
export const identityKeys = {
  compound: (cid: string) => ({ PK: `C#${cid}`, SK: 'META' }),
  /** `community` is the community's id (its name on compounds made before communities had ids). */
  compoundIndex: (cid: string, community: string) => ({ GSI1PK: 'COMPOUNDS', GSI1SK: `${community}#${cid}` }),

  community: (communityId: string) => ({ PK: `CMTY#${communityId}`, SK: 'META' }),
  communityIndex: (communityId: string) => ({ GSI1PK: 'COMMUNITIES', GSI1SK: communityId }),
  /** A community admin's membership of a community, in the person's own partition (read with ID7). */
  communityMembership: (uid: string, communityId: string) => ({ PK: `USER#${uid}`, SK: `CMTY#${communityId}` }),
  communityMemberIndex: (communityId: string, uid: string) => ({ GSI1PK: `CMTY#${communityId}#ADMINS`, GSI1SK: uid }),

  /** An invite code: single use (status changes under a condition), listed by where it grants a role. */
  invite: (code: string) => ({ PK: `INVITE#${code}`, SK: 'INVITE' }),
  inviteIndex: (scope: string, createdAt: string, code: string) => ({
    GSI1PK: `${scope}#INVITES`,
    GSI1SK: `${createdAt}#${code}`,
  }),

  /** Who changed whose roles, when and why (read by the community admin), newest last. */
  roleLog: (cid: string, at: string, id: string) => ({ PK: `C#${cid}#ROLELOG`, SK: `${at}#${id}` }),
  /** A committee's filing (备案) or election record, with its document or motion, the term and the members. */
  committeeRecord: (cid: string, recordId: string) => ({ PK: `C#${cid}#COMMITTEE`, SK: recordId }),
  /** Every compound by name, for the join page's search by name prefix. */
  compoundNameIndex: (cid: string, name: string) => ({ GSI2PK: 'COMPOUND_NAMES', GSI2SK: `${name}#${cid}` }),
  grid: (cid: string, gridId: string) => ({ PK: `C#${cid}`, SK: `GRID#${gridId}` }),
  gridPrefix: 'GRID#',

  /** The roll (buildings, units, owners, ownerships) is one partition so one paged Query reads it all. */
  rollPartition: (cid: string) => `C#${cid}#ROLL`,
  building: (cid: string, bid: string) => ({ PK: `C#${cid}#ROLL`, SK: `B#${bid}` }),
  unit: (cid: string, uid: string) => ({ PK: `C#${cid}#ROLL`, SK: `U#${uid}` }),
  owner: (cid: string, oid: string) => ({ PK: `C#${cid}#ROLL`, SK: `O#${oid}` }),
  ownership: (cid: string, uid: string, oid: string) => ({ PK: `C#${cid}#ROLL`, SK: `L#${uid}#${oid}` }),
  ownershipPrefix: (uid: string) => `L#${uid}#`,

  user: (uid: string) => ({ PK: `USER#${uid}`, SK: 'PROFILE' }),
  userPartition: (uid: string) => `USER#${uid}`,
  privacyConsent: (uid: string, version: string) => ({ PK: `USER#${uid}`, SK: `CONSENT#${version}` }),
  personaIndex: (personaId: string) => ({ GSI1PK: 'PERSONA', GSI1SK: personaId }),
  openid: (openid: string) => ({ PK: `OPENID#${openid}`, SK: 'OPENID' }),
  membership: (uid: string, cid: string) => ({ PK: `USER#${uid}`, SK: `MEM#${cid}` }),
  membershipIndex: (cid: string, uid: string) => ({ GSI1PK: `C#${cid}#MEMBERS`, GSI1SK: uid }),
  /** Sparse: only memberships holding a staff role carry it (STAFF_ROLES), so staff are read without residents. */
  membershipStaffIndex: (cid: string, uid: string) => ({ GSI2PK: `C#${cid}#STAFF`, GSI2SK: uid }),

  binding: (cid: string, bindingId: string) => ({ PK: `C#${cid}#BIND`, SK: `B#${bindingId}` }),
  bindingByStatus: (cid: string, status: string, createdAt: string, bindingId: string) => ({
    GSI1PK: `C#${cid}#BIND#${status}`,
    GSI1SK: `${createdAt}#${bindingId}`,
  }),
  bindingByUser: (uid: string, cid: string, createdAt: string) => ({
    GSI2PK: `USER#${uid}#BIND`,
    GSI2SK: `${cid}#${createdAt}`,
  }),
  /** Held while a binding is pending, so one person cannot stack requests for one unit. */
  pendingBindingLock: (cid: string, uid: string, unitId: string) => ({
    PK: `C#${cid}#BIND`,
    SK: `LOCK#${uid}#${unitId}`,
  }),

  /** Who did what, when and why: one partition per compound and month, newest last. */
  event: (cid: string, at: string, eventId: string) => ({
    PK: `C#${cid}#EVT#${at.slice(0, 7)}`,
    SK: `${at}#${eventId}`,
  }),
  rollImport: (cid: string, fileHash: string) => ({ PK: `C#${cid}#ROLL`, SK: `IMPORT#${fileHash}` }),
  /** The settings change log: one item per save, with the settings before and after, read newest first. */
  settingsChange: (cid: string, at: string, changeId: string) => ({ PK: `C#${cid}#SETLOG`, SK: `${at}#${changeId}` }),
  settingsLogPartition: (cid: string) => `C#${cid}#SETLOG`,
}
