/** Payments made in the app carry their order number (`JY` + day + twelve capitals), which opens their receipt (F12). */
export const isAppOrder = (reference: string | undefined): reference is string =>
  reference !== undefined && /^JY\d{8}[A-Z]{12}$/.test(reference)
