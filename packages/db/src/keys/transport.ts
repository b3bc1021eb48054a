/** Keys of the API's own transport state: the rate-limit counters (issue 15 item 8). */
export const transportKeys = {
  /**
   * One counter per scope (`login-ip`, `write-user`, `write-ip`), subject and fixed window (its start in epoch
   * seconds): a partition of its own, so one busy person never heats another's counter.
   */
  rateCounter: (scope: string, subject: string, windowStart: number) => ({
    PK: `RATE#${scope}#${subject}`,
    SK: `W#${windowStart}`,
  }),
}
