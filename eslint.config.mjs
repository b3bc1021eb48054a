import { readdirSync } from 'node:fs'
import checkFile from 'eslint-plugin-check-file'
import importX from 'eslint-plugin-import-x'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import tseslint from 'typescript-eslint'

const features = readdirSync(new URL('./apps/miniapp/src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)

/**
 * The mini-app's zones (STYLE.md 8): pages → features → components, lib; a feature never imports another
 * feature, and shared UI and platform wrappers never reach up into features or pages.
 */
const miniappZones = [
  ...features.map((name) => ({
    target: `./apps/miniapp/src/features/${name}`,
    from: './apps/miniapp/src/features',
    except: [`./${name}`],
    message: 'features do not import each other: move the shared piece to components/ or lib/',
  })),
  {
    target: ['./apps/miniapp/src/components', './apps/miniapp/src/lib'],
    from: ['./apps/miniapp/src/features', './apps/miniapp/src/pages'],
    message: 'components/ and lib/ are below features and pages',
  },
  { target: './apps/miniapp/src/features', from: './apps/miniapp/src/pages', message: 'features are below pages' },
]

/**
 * House rules that a reviewer should not have to check by eye: imports flow one way
 * (contracts → domain → db → apps), and configuration is read from the environment in one module per
 * deployable.
 */
const layer = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: forbidden.map((group) => ({ group: [group, `${group}/*`], message })) },
    ],
  },
})

const envReaders = [
  'apps/api/src/config.ts',
  'apps/api/test/test-env.ts',
  'apps/api/test/global-setup.ts',
  'apps/miniapp/config/**',
  'infra/lib/config.ts',
  'scripts/config.ts',
  'e2e/config.ts',
]

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/cdk.out/**',
      'coverage/**',
      '.data/**',
      'infra/test/.entries/**',
      '**/*.js',
      '**/*.mjs',
    ],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'Read configuration in the config module of this deployable only.',
        },
      ],
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { 'import-x': importX, 'check-file': checkFile },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          noWarnOnMultipleProjects: true,
          project: ['tsconfig.json', 'apps/miniapp/tsconfig.json', 'infra/tsconfig.json'],
        }),
      ],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.{ts,tsx,scss}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': ['error', { '{apps,packages,scripts,e2e,infra}/**/': 'KEBAB_CASE' }],
    },
  },
  { files: ['apps/miniapp/src/**'], rules: { 'import-x/no-restricted-paths': ['error', { zones: miniappZones }] } },
  // Black-box tests and the bench read HTTP response bodies loosely and assert the fields they need;
  // code that ships (apps/*/src, packages, infra, scripts outside the bench) never uses `any`.
  { files: ['apps/api/test/**', 'e2e/**', 'scripts/bench/**'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  { files: envReaders, rules: { 'no-restricted-syntax': 'off' } },
  { files: ['apps/miniapp/src/**'], rules: { 'no-restricted-syntax': 'off' } },
  layer(
    ['packages/contracts/**'],
    ['@jiayuan/domain', '@jiayuan/db', '@jiayuan/api', '@jiayuan/miniapp', '@jiayuan/infra'],
    'contracts import nothing of ours',
  ),
  layer(
    ['packages/domain/**'],
    ['@jiayuan/db', '@jiayuan/api', '@jiayuan/miniapp', '@jiayuan/infra'],
    'domain is pure: it may import contracts only',
  ),
  layer(
    ['packages/db/**'],
    ['@jiayuan/api', '@jiayuan/miniapp', '@jiayuan/infra'],
    'db may import contracts and domain only',
  ),
  layer(['apps/api/**'], ['@jiayuan/miniapp', '@jiayuan/infra'], 'the API does not import the mini-app or infra'),
  layer(
    ['apps/miniapp/**'],
    ['@jiayuan/db', '@jiayuan/api', '@jiayuan/infra'],
    'the mini-app talks to the API over HTTP only',
  ),
)
