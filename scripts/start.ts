import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { H5_DIST, ROOT, scriptEnv, startEmpty } from './config'
import { PERSONAS, PLATFORM_ADMIN } from './seed/personas'
import { startStack } from './stack'

/** `npm start`: the whole product locally, with the demo compound seeded on first start. */
async function main(): Promise<void> {
  if (!fs.existsSync(path.join(H5_DIST, 'index.html'))) {
    console.log('首次启动：正在构建 H5 应用（约 1 分钟）… / building the H5 app (about a minute)…')
    const build = spawnSync('npm', ['run', 'build:h5'], { cwd: ROOT, stdio: 'inherit' })
    if (build.status !== 0) process.exit(build.status ?? 1)
  }
  const stack = await startStack({
    port: scriptEnv.PORT,
    host: scriptEnv.HOST,
    dataDir: scriptEnv.DATA_DIR,
    staticDir: H5_DIST,
    books: !startEmpty,
    meetings: !startEmpty,
    bulletins: !startEmpty,
    activity: !startEmpty,
    empty: startEmpty,
  })
  const lines = startEmpty
    ? emptyLines(stack.url, stack.seeded)
    : [
        '',
        `家园 Jiayuan is running: ${stack.url}/`,
        `  data: ${scriptEnv.DATA_DIR} (${stack.seeded ? 'demo compound 和谐家园 seeded now' : 'existing data kept'})`,
        `  API:  ${stack.url}/v1/health · OpenAPI ${stack.url}/v1/openapi.json`,
        '',
        'Log in: open the URL, tap 演示登录 and pick a persona (or POST /v1/auth/dev {"personaId": "<id>"}):',
        ...PERSONAS.map((p) => `  ${p.personaId.padEnd(12)} ${p.displayName}  ${p.description}`),
        '',
        'Ctrl+C stops everything; data stays in DATA_DIR for the next start.',
      ]
  console.log(lines.join('\n'))
  const stop = async () => {
    await stack.stop()
    process.exit(0)
  }
  process.on('SIGINT', () => void stop())
  process.on('SIGTERM', () => void stop())
}

/** `--empty`: how to log in as the bootstrap platform admin, and what to do first. */
function emptyLines(url: string, seeded: boolean): string[] {
  return [
    '',
    `家园 Jiayuan is running with no compound at all: ${url}/`,
    `  data: ${scriptEnv.DATA_DIR} (${seeded ? 'empty; the bootstrap platform admin created now' : 'existing data kept'})`,
    '',
    'Log in as the bootstrap platform admin: open the URL and tap 平台管理员 under 演示登录',
    `  (or POST ${url}/v1/auth/dev {"personaId": "${PLATFORM_ADMIN.personaId}"}).`,
    'Then 我的 → 平台管理: create a community, invite its admin, create the first compound.',
    'New people log in with 新用户登录 on the login page and accept their invite code under 我的 → 输入邀请码.',
    '',
    'Ctrl+C stops everything; data stays in DATA_DIR for the next start.',
  ]
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
