import tseslint from 'typescript-eslint'

/**
 * House rules that a reviewer should not have to check by eye: imports flow one way
 * (contracts → domain → db → apps), and configuration is read from the environment in one module per
 * deployable.
 */
const layer = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: forbidden.map((group) => ({ group: [group, `${group}/*`], message })) }],
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
  { ignores: ['**/node_modules/**', '**/dist/**', '**/cdk.out/**', 'coverage/**', '.data/**', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name='process'][property.name='env']", message: 'Read configuration in the config module of this deployable only.' },
      ],
    },
  },
  { files: envReaders, rules: { 'no-restricted-syntax': 'off' } },
  { files: ['apps/miniapp/src/**'], rules: { 'no-restricted-syntax': 'off' } },
  layer(['packages/contracts/**'], ['@jiayuan/domain', '@jiayuan/db', '@jiayuan/api', '@jiayuan/miniapp', '@jiayuan/infra'], 'contracts import nothing of ours'),
  layer(['packages/domain/**'], ['@jiayuan/db', '@jiayuan/api', '@jiayuan/miniapp', '@jiayuan/infra'], 'domain is pure: it may import contracts only'),
  layer(['packages/db/**'], ['@jiayuan/api', '@jiayuan/miniapp', '@jiayuan/infra'], 'db may import contracts and domain only'),
  layer(['apps/api/**'], ['@jiayuan/miniapp', '@jiayuan/infra'], 'the API does not import the mini-app or infra'),
  layer(['apps/miniapp/**'], ['@jiayuan/db', '@jiayuan/api', '@jiayuan/infra'], 'the mini-app talks to the API over HTTP only'),
)
