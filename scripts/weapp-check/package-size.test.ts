import { PACKAGE_LIMIT, packageSizes } from './package-size'

describe('packageSizes', () => {
  const files = [
    { file: 'app.js', bytes: 100 },
    { file: 'pages/home/index.js', bytes: 50 },
    { file: 'sub/ledger/index.js', bytes: 30 },
    { file: 'sub/ledger-extra/index.js', bytes: 7 },
    { file: 'charts/index.js', bytes: 20 },
  ]

  it('counts each file in the subpackage whose root holds it, the rest in main', () => {
    expect(packageSizes(files, ['sub/ledger', 'charts/'])).toEqual([
      { name: 'main', bytes: 157 },
      { name: 'sub/ledger', bytes: 30 },
      { name: 'charts/', bytes: 20 },
    ])
  })

  it('reports the whole output as main when there are no subpackages', () => {
    expect(packageSizes(files, [])).toEqual([{ name: 'main', bytes: 207 }])
  })

  it('sets the limit at WeChat’s 2 MB', () => {
    expect(PACKAGE_LIMIT).toBe(2_097_152)
  })
})
