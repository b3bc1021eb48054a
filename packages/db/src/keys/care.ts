/**
 * Keys of the care context (窗帘之约, DOMAIN H3). A compound's check-in plans are one partition, which the sweep
 * and the "elders I look after" list read with one Query; each elder's days are their own partition, newest last.
 */
export const careKeys = {
  carePlanPartition: (cid: string) => `C#${cid}#CARE`,
  carePlan: (cid: string, elderId: string) => ({ PK: `C#${cid}#CARE`, SK: `PLAN#${elderId}` }),
  carePlanPrefix: 'PLAN#',
  careDayPartition: (cid: string, elderId: string) => `C#${cid}#CARE#${elderId}`,
  careDay: (cid: string, elderId: string, date: string) => ({ PK: `C#${cid}#CARE#${elderId}`, SK: `DAY#${date}` }),
}
