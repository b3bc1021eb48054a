/**
 * Keys of the rectification context (整改通知单, DOMAIN S3). A property company is its own partition with a
 * pointer per compound it serves; the compound points back (the company's users' access, each request); a
 * street keeps a pointer per company serving one of its compounds (the issuer's choices). A compound's notices
 * are one partition; the company's and the street's lists read them across compounds through GSI1 and GSI2.
 */
export const rectificationKeys = {
  company: (coid: string) => ({ PK: `CO#${coid}`, SK: 'META' }),
  companyPartition: (coid: string) => `CO#${coid}`,
  companyCompound: (coid: string, cid: string) => ({ PK: `CO#${coid}`, SK: `CPD#${cid}` }),
  companyCompoundPrefix: 'CPD#',
  compoundCompany: (cid: string) => ({ PK: `C#${cid}`, SK: 'COMPANY' }),
  streetCompany: (sid: string, coid: string) => ({ PK: `STREET#${sid}`, SK: `CO#${coid}` }),
  streetCompanyPrefix: 'CO#',
  companyMembership: (uid: string, coid: string) => ({ PK: `USER#${uid}`, SK: `CO#${coid}` }),
  companyStaffIndex: (coid: string, uid: string) => ({ GSI1PK: `CO#${coid}#STAFF`, GSI1SK: uid }),

  notice: (cid: string, nid: string) => ({ PK: `C#${cid}#RC`, SK: `N#${nid}` }),
  noticePartition: (cid: string) => `C#${cid}#RC`,
  noticeCompanyIndex: (coid: string, issuedAt: string, cid: string, nid: string) => ({
    GSI1PK: `CO#${coid}#RC`,
    GSI1SK: `${issuedAt}#${cid}#${nid}`,
  }),
  noticeStreetIndex: (sid: string, issuedAt: string, cid: string, nid: string) => ({
    GSI2PK: `STREET#${sid}#RC`,
    GSI2SK: `${issuedAt}#${cid}#${nid}`,
  }),
}
