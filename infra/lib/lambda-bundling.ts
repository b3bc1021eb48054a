import { join } from 'node:path'
import type { BuildOptions } from 'esbuild'

/** The repository root: esbuild works from here, as NodejsFunction did from the lock file's folder. */
export const REPO_ROOT = join(__dirname, '../..')

/**
 * fontkit (inside pdfkit) imports npm `brotli` to read WOFF2 fonts: 475 KB of decoder the documents function never
 * runs (its font is a TTF). The alias swaps in Node's own Brotli, so every bundle stays under 1 MB.
 */
const BROTLI_SHIM = join(REPO_ROOT, 'apps/api/src/lambda/brotli')

/**
 * How every Lambda is bundled: the one source of truth for infra (constructs/node-function.ts) and for the bench
 * (scripts/bench/lambda-bundles.ts), so the bench measures what is deployed.
 *
 * Code splitting (issue #17): a module the code only reaches through `import()` (the PDF writers with pdfkit and
 * fontkit, the OpenAPI document with every contract) becomes a chunk of its own under chunks/, read and parsed on
 * the first request that needs it instead of at every cold start. Code both sides share goes into a chunk the
 * entry imports statically, so it still loads at init, once.
 */
export function lambdaBuildOptions(entry: string, outdir: string): BuildOptions {
  return {
    absWorkingDir: REPO_ROOT,
    // index.mjs, which Lambda loads as `index.handler`; the chunks sit beside it under chunks/.
    entryPoints: { index: entry },
    outdir,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    splitting: true,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    minify: true,
    sourcemap: true,
    mainFields: ['module', 'main'],
    // The runtime ships SDK v3.
    external: ['@aws-sdk/*'],
    alias: { brotli: BROTLI_SHIM },
    // esbuild's ESM output needs `require` for the CJS dependencies it inlines; every chunk gets its own.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    logLevel: 'warning',
  }
}
