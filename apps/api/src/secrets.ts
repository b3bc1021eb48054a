import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager'
import type { Config } from './config'

let client: SecretsManagerClient | undefined
const cache = new Map<string, Promise<string>>()

/** A secret given directly (local runs) or by ARN (AWS), fetched once per cold start. */
export function secret(config: Config, value: string | undefined, arn: string | undefined, name: string): () => Promise<string> {
  return () => {
    if (value) return Promise.resolve(value)
    if (!arn) return Promise.reject(new Error(`${name} is not configured`))
    const hit = cache.get(arn)
    if (hit) return hit
    client ??= new SecretsManagerClient({ region: config.AWS_REGION })
    const loading = client.send(new GetSecretValueCommand({ SecretId: arn })).then((out) => {
      if (!out.SecretString) throw new Error(`${name} secret is empty`)
      return out.SecretString
    })
    cache.set(arn, loading)
    return loading
  }
}
