import type { App } from 'aws-cdk-lib'
import { z } from 'zod'

/** `-c corsOrigins=a,b` arrives as one string; cdk.json may hold a JSON array. */
const list = z.preprocess(
  (value) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : value,
  z.array(z.string().regex(/^https?:\/\/[a-z0-9.-]+(:\d+)?$/, 'an origin like https://h5.example.org')),
)

const schema = z.object({
  // A dummy account lets `cdk synth` run with no credentials; the CLI fills CDK_DEFAULT_ACCOUNT on deploy.
  account: z
    .string()
    .regex(/^\d{12}$/)
    .default('111111111111'),
  // Defaults to Beijing: residents' data must stay in mainland China (PIPL) unless a global region is asked for.
  region: z
    .string()
    .regex(/^[a-z]{2}(-[a-z]+)+-\d$/)
    .default('cn-north-1'),
  stage: z
    .string()
    .regex(/^[a-z][a-z0-9-]{0,15}$/)
    .default('prod'),
  // Browser origins of the H5 build; the weapp build is not subject to CORS. Empty means no CORS rules.
  corsOrigins: list.default([]),
  // Where the H5 build is served (the mini-app's TARO_APP_H5_BASE): the lobby poster prints its join link.
  h5Base: z.string().url().optional(),
  // The placeholder id synthesises; login fails until the real one is given.
  wechatAppId: z
    .string()
    .regex(/^wx[0-9a-f]{16}$/)
    .default('wx0000000000000000'),
  // Name of an existing Secrets Manager secret holding the WeChat AppSecret; unset means the stack creates one.
  wechatSecretName: z.string().min(1).optional(),
  // WeChat Pay for the trust account (DOMAIN F12): the merchant id and its API certificate's serial. Unset means
  // no online payment; set, the stack makes a secret for the operator to fill with the keys (README).
  wechatPayMchId: z
    .string()
    .regex(/^\d{8,12}$/)
    .optional(),
  wechatPayMchSerial: z
    .string()
    .regex(/^[0-9A-Fa-f]{16,64}$/)
    .optional(),
})

export type InfraConfig = z.infer<typeof schema>

const keys = [
  'account',
  'region',
  'stage',
  'corsOrigins',
  'h5Base',
  'wechatAppId',
  'wechatSecretName',
  'wechatPayMchId',
  'wechatPayMchSerial',
] as const

/** The one place the infra app reads its settings: CDK context first, then the CLI's account. */
export function loadConfig(app: App): InfraConfig {
  const raw: Record<string, unknown> = {}
  for (const key of keys) raw[key] = app.node.tryGetContext(key)
  raw.account ??= process.env.CDK_DEFAULT_ACCOUNT
  const parsed = schema.safeParse(raw)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
    throw new Error(`infra config: ${problems}`)
  }
  return parsed.data
}
