import { z } from 'zod'

/**
 * The API's configuration, read from the environment once and parsed here; nothing else in apps/api reads
 * process.env. In AWS the secrets arrive as ARNs and are fetched at cold start (see secrets.ts).
 */
const Env = z
  .object({
    STAGE: z.enum(['local', 'test', 'prod']).default('local'),
    AWS_REGION: z.string().default('us-east-1'),
    TABLE_NAME: z.string().min(3).default('jiayuan'),
    DDB_ENDPOINT: z.string().url().optional(),
    BUCKET_NAME: z.string().min(3).default('jiayuan-files'),
    S3_ENDPOINT: z.string().url().optional(),
    /** Base URL of the public S3 endpoint as the browser sees it (local runs). */
    S3_PUBLIC_ENDPOINT: z.string().url().optional(),
    TOKEN_SECRET: z.string().min(32).optional(),
    TOKEN_SECRET_ARN: z.string().optional(),
    /**
     * Signs the public links to a published monthly report (reports.share.create). A key of its own: rotating
     * it ends every shared link and nothing else; rotating TOKEN_SECRET logs people out and leaves links alone.
     */
    SHARE_LINK_SECRET: z.string().min(32).optional(),
    SHARE_LINK_SECRET_ARN: z.string().optional(),
    /** The report PDF's font (Noto Sans SC, subset); on Lambda the copy infra puts beside the bundle. */
    REPORT_FONT_FILE: z.string().min(1).optional(),
    /** The API's OpenAPI document, which infra builds from the contracts and puts beside the documents bundle. */
    OPENAPI_FILE: z.string().min(1).optional(),
    TOKEN_TTL_SECONDS: z.coerce
      .number()
      .int()
      .positive()
      .default(2 * 60 * 60),
    /** Absolute session lifetime: refreshing never extends a login past this many seconds from the first login. */
    SESSION_MAX_SECONDS: z.coerce
      .number()
      .int()
      .positive()
      .default(30 * 24 * 60 * 60),
    WECHAT_APP_ID: z.string().default('wx-local-app'),
    WECHAT_APP_SECRET: z.string().optional(),
    WECHAT_APP_SECRET_ARN: z.string().optional(),
    WECHAT_API_BASE: z.string().url().default('https://api.weixin.qq.com'),
    /** Which version of the mini-program a compound's code opens (getUnlimitedQRCode `env_version`). */
    WECHAT_ENV_VERSION: z.enum(['release', 'trial', 'develop']).default('release'),
    /**
     * Where the H5 build is served (the mini-app's TARO_APP_H5_BASE): the join link a local run's QR code
     * carries, and the address the lobby poster prints for people without WeChat.
     */
    H5_BASE_URL: z.string().url().optional(),
    /** Token of the mini-program's message push (开发管理 → 消息推送), which signs mediaCheckAsync results. */
    WECHAT_PUSH_TOKEN: z.string().min(3).optional(),
    /**
     * Subscribe-message templates by kind, `claimed=<id>,resolved=<id>,overdue=<id>,reopened=<id>` for tickets and
     * `meeting_notice=<id>,voting_extended=<id>,result_preliminary=<id>,result_final=<id>,report_published=<id>,
     * bulletin=<id>` for the compound's announcements and notices (keywords thing1, time2, thing3).
     */
    SUBSCRIBE_TEMPLATES: z.string().optional(),
    /**
     * Tencent Cloud SMS (DOMAIN T9: to people who chose SMS): the API key, the SMS application and its approved
     * signature. Without SMS_SECRET_ID a production run sends no SMS; local and test runs record them instead.
     */
    SMS_SECRET_ID: z.string().min(1).optional(),
    SMS_SECRET_KEY: z.string().min(1).optional(),
    SMS_SECRET_KEY_ARN: z.string().optional(),
    SMS_SDK_APP_ID: z.string().min(1).optional(),
    SMS_SIGN_NAME: z.string().min(1).optional(),
    SMS_REGION: z.string().default('ap-guangzhou'),
    SMS_ENDPOINT: z.string().url().default('https://sms.tencentcloudapi.com'),
    /**
     * SMS templates by notification kind, `claimed=<id>,resolved=<id>`; each approved template takes two
     * parameters, the ticket (number or short title) and what happened (e.g. `{1}{2}，请打开家园小程序查看`).
     */
    SMS_TEMPLATES: z
      .string()
      .default('')
      .transform((text, ctx) => {
        const ids: Record<string, string> = {}
        for (const pair of text.split(',').filter((p) => p.trim() !== '')) {
          const [kind, id] = pair.split('=').map((part) => part.trim())
          if (!kind || !id) ctx.addIssue({ code: 'custom', message: `expected kind=templateId, got "${pair}"` })
          else ids[kind] = id
        }
        return ids
      }),
    /**
     * WeChat Pay API v3 for the trust account's merchant (DOMAIN F12). Without a merchant id nobody can pay in
     * the app. The secret is one JSON object `{apiV3Key, privateKey, platformPublicKey, platformSerial}`: the
     * APIv3 key, the merchant API private key (PEM) and WeChat Pay's public key (PEM) with its id.
     */
    WECHAT_PAY_MCH_ID: z.string().min(1).optional(),
    /** Serial number of the merchant API certificate (商户API证书序列号). */
    WECHAT_PAY_MCH_SERIAL: z.string().min(1).optional(),
    WECHAT_PAY_SECRET: z.string().min(2).optional(),
    WECHAT_PAY_SECRET_ARN: z.string().optional(),
    WECHAT_PAY_API_BASE: z.string().url().default('https://api.mch.weixin.qq.com'),
    /** The API's public base URL as WeChat Pay reaches it; notifications go to `<base>/v1/pay/...`. */
    WECHAT_PAY_NOTIFY_BASE: z.string().url().optional(),
    /** Minutes an unpaid order holds its bills before it expires (WeChat Pay `time_expire`). */
    WECHAT_PAY_ORDER_MINUTES: z.coerce.number().int().min(5).max(120).default(15),
    /** Local and test runs: the stand-in content check refuses text containing any of these (comma-separated). */
    MODERATION_BLOCKED_WORDS: z.string().default('违禁词'),
    DEV_LOGIN: z.enum(['on', 'off']).default('off'),
    /**
     * Browser origins allowed to call the API (the H5 build's), comma-separated; `*` for any. Unset: any origin
     * locally and in tests, none in prod (the weapp needs no CORS). A wildcard is refused in prod.
     */
    CORS_ORIGINS: z
      .string()
      .optional()
      .transform((text) =>
        text
          ?.split(',')
          .map((o) => o.trim())
          .filter(Boolean),
      ),
    /** Largest request body the API reads, in bytes (413 above it); Lambda itself takes at most 6 MB. */
    MAX_BODY_BYTES: z.coerce
      .number()
      .int()
      .positive()
      .max(6 * 1024 * 1024)
      .default(6 * 1024 * 1024),
    /**
     * Rate limits per window (issue 15 item 8), counted in the table so every Lambda instance shares them:
     * logins per address, writes per person and writes per address. A 429 says when to try again.
     */
    RATE_WINDOW_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
    RATE_LOGINS_PER_IP: z.coerce.number().int().min(1).max(1_000_000).default(60),
    RATE_WRITES_PER_USER: z.coerce.number().int().min(1).max(1_000_000).default(60),
    RATE_WRITES_PER_IP: z.coerce.number().int().min(1).max(1_000_000).default(600),
    /**
     * Whether each answer is also parsed by zod and checked equal to its projection onto the contract
     * (http/app.ts#responseBody): on by default everywhere but production; the bench turns it off to measure
     * what production does.
     */
    RESPONSE_CHECK: z.enum(['on', 'off']).optional(),
  })
  .superRefine((env, ctx) => {
    if (env.STAGE === 'prod' && env.DEV_LOGIN === 'on') {
      ctx.addIssue({ code: 'custom', path: ['DEV_LOGIN'], message: 'dev login is refused in production' })
    }
    if (env.STAGE === 'prod' && env.CORS_ORIGINS?.includes('*')) {
      ctx.addIssue({ code: 'custom', path: ['CORS_ORIGINS'], message: 'a wildcard origin is refused in production' })
    }
    if (env.SMS_SECRET_ID !== undefined) {
      for (const key of ['SMS_SDK_APP_ID', 'SMS_SIGN_NAME'] as const) {
        if (env[key] === undefined)
          ctx.addIssue({ code: 'custom', path: [key], message: 'required with SMS_SECRET_ID' })
      }
      if (!env.SMS_SECRET_KEY && !env.SMS_SECRET_KEY_ARN) {
        ctx.addIssue({ code: 'custom', path: ['SMS_SECRET_KEY'], message: 'SMS_SECRET_KEY or its ARN is required' })
      }
    }
    if (env.WECHAT_PAY_MCH_ID !== undefined) {
      for (const key of ['WECHAT_PAY_MCH_SERIAL', 'WECHAT_PAY_NOTIFY_BASE'] as const) {
        if (env[key] === undefined)
          ctx.addIssue({ code: 'custom', path: [key], message: 'required with WECHAT_PAY_MCH_ID' })
      }
      if (!env.WECHAT_PAY_SECRET && !env.WECHAT_PAY_SECRET_ARN) {
        ctx.addIssue({
          code: 'custom',
          path: ['WECHAT_PAY_SECRET'],
          message: 'WECHAT_PAY_SECRET or its ARN is required',
        })
      }
    }
    if (!env.TOKEN_SECRET && !env.TOKEN_SECRET_ARN) {
      ctx.addIssue({ code: 'custom', path: ['TOKEN_SECRET'], message: 'TOKEN_SECRET or TOKEN_SECRET_ARN is required' })
    }
    if (!env.SHARE_LINK_SECRET && !env.SHARE_LINK_SECRET_ARN) {
      ctx.addIssue({
        code: 'custom',
        path: ['SHARE_LINK_SECRET'],
        message: 'SHARE_LINK_SECRET or SHARE_LINK_SECRET_ARN is required',
      })
    }
  })
  .transform((env) => ({
    ...env,
    CORS_ORIGINS: env.CORS_ORIGINS ?? (env.STAGE === 'prod' ? [] : ['*']),
    RESPONSE_CHECK: env.RESPONSE_CHECK ?? (env.STAGE === 'prod' ? 'off' : 'on'),
  }))

export type Config = z.infer<typeof Env>

export function parseConfig(env: Record<string, string | undefined>): Config {
  const parsed = Env.safeParse(env)
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
    throw new Error(`Invalid configuration: ${issues}`)
  }
  return parsed.data
}

export function configFromEnv(): Config {
  return parseConfig(process.env)
}
