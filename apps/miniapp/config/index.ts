import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import type Chain from 'webpack-chain'

/**
 * The one reader of build-time settings for the mini-app (STYLE rule 4).
 *
 * TARO_APP_API_BASE: where the API lives. H5 defaults to '' (same origin: `npm start` serves the H5 build and
 * the API together). Weapp has no origin of its own, so it defaults to the production API; a WeChat
 * mini-program may only call HTTPS domains whitelisted in its admin console (DOMAIN W6).
 *
 * TARO_APP_H5_BASE: where the H5 build is served, for links made in the weapp that people open in a browser (a
 * report shared to an owners' group). H5 defaults to '' (the page's own address).
 */
const isH5 = process.env.TARO_ENV === 'h5'
const API_BASE = process.env.TARO_APP_API_BASE ?? (isH5 ? '' : 'https://api.jiayuan.example')
const H5_BASE = process.env.TARO_APP_H5_BASE ?? (isH5 ? '' : 'https://h5.jiayuan.example/')

// Workspace packages ship TypeScript source; webpack follows their symlinks out of src/, so babel must be told.
const workspaceSources = ['contracts', 'domain'].map((name) => path.resolve(__dirname, `../../../packages/${name}/src`))

/**
 * Dependencies that ship syntax past ES5 (zod 3: classes, arrows, `?.`, object spread). project.config.json keeps
 * `es6: false`, so WeChat passes the code through as it is and base libraries and iOS before 13.4 could not
 * parse it; Babel (babel.config.js, browserslist) brings it down to ES5. `npm test` holds every output file to
 * ES5, so a new such dependency fails there and joins this list. The trailing separator keeps `zod-to-json-schema`
 * out of the match.
 */
const es2015Dependencies = ['zod'].map((name) => `${path.dirname(require.resolve(`${name}/package.json`))}${path.sep}`)

/**
 * Elder mode's minimums are real pixels (DOMAIN A1: text ≥ 18 px, targets ≥ 60×60), not design units that
 * shrink on a narrow phone, so rules under `.elder` keep their px as written.
 */
const elderPx = { selectorBlackList: [/\.elder(?![\w-])/] }

/**
 * Contracts and domain are pure (schemas and functions, no import-time effects), but their package.json does not
 * say so; telling webpack lets it drop the schemas of contexts a page never uses.
 */
function markWorkspacePure(chain: Chain): void {
  chain.module
    .rule('workspace-pure')
    .test(/packages[\\/](contracts|domain)[\\/]src[\\/]/)
    .set('sideEffects', false)
}

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'jiayuan-miniapp',
    date: '2026-01-01',
    // NutUI is drawn at 375 wide, our own styles at 750 (Taro's default).
    designWidth(input?: string | number | { file?: string }) {
      if (typeof input === 'object' && input.file?.replace(/\\+/g, '/').includes('@nutui')) return 375
      return 750
    },
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // JIAYUAN_OUT_DIR lets two builds run side by side without cleaning each other's output.
    outputRoot: process.env.JIAYUAN_OUT_DIR ?? `dist/${process.env.TARO_ENV ?? 'weapp'}`,
    plugins: [],
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    defineConstants: { API_BASE: JSON.stringify(API_BASE), H5_BASE: JSON.stringify(H5_BASE) },
    copy: { patterns: [], options: {} },
    mini: {
      compile: { include: [...workspaceSources, ...es2015Dependencies] },
      webpackChain: markWorkspacePure,
      // Component styles are class-scoped and never rely on load order between pages.
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: true, config: elderPx },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
    },
    h5: {
      compile: { include: workspaceSources },
      webpackChain: markWorkspacePure,
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: { filename: 'js/[name].[hash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      postcss: {
        pxtransform: { enable: true, config: elderPx },
        autoprefixer: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
    },
  }
  return merge({}, baseConfig)
})
