/**
 * A read of some attributes only: every name goes through a placeholder, since many of ours (`status`,
 * `number`, `location`, `type`) are DynamoDB reserved words.
 */
export function projection(fields: readonly string[]): {
  ProjectionExpression: string
  ExpressionAttributeNames: Record<string, string>
} {
  return {
    ProjectionExpression: fields.map((_, i) => `#p${i}`).join(', '),
    ExpressionAttributeNames: Object.fromEntries(fields.map((f, i) => [`#p${i}`, f])),
  }
}
