import { spawnSync } from 'node:child_process'
import { ROOT } from './config'

/**
 * `npm test`: every check, one after another (the two Taro builds each peak near 1 GB, so never in
 * parallel). Stops at the first failing step and ends with a one-line count of steps.
 */
const steps: Array<{ name: string; run: () => boolean }> = [
  { name: 'typecheck', run: () => sh('npm', ['run', '-s', 'typecheck']) },
  { name: 'lint (ESLint, Prettier)', run: () => sh('npm', ['run', '-s', 'lint']) },
  { name: 'jest: unit, integration (DynamoDB Local), infra synth', run: () => sh('npx', ['jest', '--maxWorkers=2']) },
  { name: 'taro build h5', run: () => sh('npm', ['run', '-s', 'build:h5']) },
  {
    name: "taro build weapp, checked by WeChat's own tools",
    run: () => sh('npx', ['tsx', 'scripts/weapp-check/run.ts']),
  },
  { name: 'browser journeys (Chromium, H5 build)', run: () => sh('npx', ['tsx', 'scripts/e2e-run.ts']) },
]

function sh(cmd: string, args: string[]): boolean {
  const res = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' })
  return res.status === 0
}

let passed = 0
let failed = 0
for (const step of steps) {
  const started = Date.now()
  console.log(`\n▶ ${step.name}`)
  const ok = step.run()
  console.log(`${ok ? '✔' : '✘'} ${step.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
  if (ok) passed++
  else {
    failed++
    break
  }
}
const skipped = steps.length - passed - failed
console.log(`\nsteps: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(failed ? 1 : 0)
