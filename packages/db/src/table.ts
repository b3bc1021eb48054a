/**
 * The table's key design, declared once. The CDK stack (infra/) and the local launcher both create the
 * table from this spec, so the two can never drift.
 */
export const tableSpec = {
  partitionKey: 'PK',
  sortKey: 'SK',
  ttlAttribute: 'expiresAt',
  indexes: [
    { name: 'GSI1', partitionKey: 'GSI1PK', sortKey: 'GSI1SK' },
    { name: 'GSI2', partitionKey: 'GSI2PK', sortKey: 'GSI2SK' },
  ],
} as const

export type IndexName = (typeof tableSpec.indexes)[number]['name']
