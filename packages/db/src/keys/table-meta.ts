/** Keys about the table itself, not any compound. */
export const tableMetaKeys = {
  /** The data format the table's items follow, moved forward by `upgradeData` once every compound is upgraded. */
  dataFormat: () => ({ PK: 'TABLE', SK: 'DATA_FORMAT' }),
}
