import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { H5_DIST, ROOT, scriptEnv } from './config'
import { PERSONAS } from './seed/personas'
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
    books: true,
    meetings: true,
    bulletins: true,
    activity: true,
  })
  const lines = [
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

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
