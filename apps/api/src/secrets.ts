import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager'
import type { Config } from './config'

let client: Promise<{ sm: typeof import('@aws-sdk/client-secrets-manager'); client: SecretsManagerClient }> | undefined
const cache = new Map<string, Promise<string>>()

/**
 * The Secrets Manager SDK is imported on first use, not at module load: with secrets given directly (local runs)
 * it is never loaded, and it stays out of the init time of functions that never read a secret (issue #7).
 */
function secretsClient(config: Config) {
  client ??= import('@aws-sdk/client-secrets-manager').then((sm) => ({
    sm,
    client: new sm.SecretsManagerClient({ region: config.AWS_REGION }),
  }))
  return client
}

/** A secret given directly (local runs) or by ARN (AWS), fetched once per cold start. */
export function secret(
  config: Config,
  value: string | undefined,
  arn: string | undefined,
  name: string,
): () => Promise<string> {
  return () => {
    if (value) return Promise.resolve(value)
    if (!arn) return Promise.reject(new Error(`${name} is not configured`))
    const hit = cache.get(arn)
    if (hit) return hit
    const loading = secretsClient(config)
      .then(({ sm, client: c }) => c.send(new sm.GetSecretValueCommand({ SecretId: arn })))
      .then((out) => {
        if (!out.SecretString) throw new Error(`${name} secret is empty`)
        return out.SecretString
      })
    cache.set(arn, loading)
    return loading
  }
}
