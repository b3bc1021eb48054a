/**
 * Why a route makes more DynamoDB calls than the target (one per read, one write per write), for the known
 * ones. The bench prints these beside the counts; a route over target with no entry here is new and needs a look.
 */
export const CALL_REASONS: Record<string, string> = {}
