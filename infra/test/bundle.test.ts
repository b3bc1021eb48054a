import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { apiDocument } from '@jiayuan/contracts'
import { App } from 'aws-cdk-lib'
import cdkJson from '../cdk.json'
import { REPORT_FONT, defaultEntryDir } from '../lib/lambda-entries'
import { loadConfig } from '../lib/config'
import { addJiayuanStacks } from '../lib/jiayuan-app'
import { routedContexts } from '../lib/routes'
import { scheduledJobs } from '../lib/scheduled-jobs'

const entry = join(defaultEntryDir, 'identity.ts')
const MAX_BYTES = 1024 * 1024

// The one test that really runs esbuild (locally, no Docker) on the real identity entry.
;(existsSync(entry) ? describe : describe.skip)('identity bundle', () => {
  it('bundles with the local esbuild to under 1 MB', () => {
    const outdir = mkdtempSync(join(tmpdir(), 'jiayuan-cdk-'))
    const app = new App({ outdir, context: { ...cdkJson.context, region: 'eu-west-1' } })
    addJiayuanStacks(app, loadConfig(app))
    const assembly = app.synth()
    const assets = readdirSync(assembly.directory).filter((name) => name.startsWith('asset.'))
    const bundles = assets.map((dir) => join(assembly.directory, dir, 'index.mjs')).filter((file) => existsSync(file))
    // One bundle per function: each routed context, each scheduled job and the data upgrade.
    expect(bundles).toHaveLength(routedContexts.length + scheduledJobs.length + 1)
    for (const file of bundles) {
      const bytes = statSync(file).size
      console.log(`bundle ${file.split('/').at(-2)}: ${(bytes / 1024).toFixed(1)} KiB`)
      expect(bytes).toBeLessThan(MAX_BYTES)
    }
    // The documents function reads its PDF font from beside the bundle (REPORT_FONT_FILE).
    const fonts = assets.map((dir) => join(assembly.directory, dir, 'fonts', REPORT_FONT.name)).filter(existsSync)
    expect(fonts).toHaveLength(1)
    for (const font of fonts) expect(statSync(font).size).toBe(statSync(REPORT_FONT.file).size)
    // It serves /v1/openapi.json from the document built at synth (OPENAPI_FILE), and loads its PDF writers
    // from chunks beside the bundle on the first PDF (code splitting, lambda-bundling.ts).
    const documents = assets.filter((dir) => existsSync(join(assembly.directory, dir, 'openapi.json')))
    expect(documents).toHaveLength(1)
    const served = JSON.parse(readFileSync(join(assembly.directory, documents[0] ?? '', 'openapi.json'), 'utf8'))
    expect(served).toEqual(JSON.parse(JSON.stringify(apiDocument())))
    expect(readdirSync(join(assembly.directory, documents[0] ?? '', 'chunks')).length).toBeGreaterThan(0)
  })
})
