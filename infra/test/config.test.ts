import { App } from 'aws-cdk-lib'
import { loadConfig } from '../lib/config'

const configOf = (context: Record<string, unknown>) => loadConfig(new App({ context }))

describe('infra config', () => {
  it('defaults to a dummy account in Beijing so synth needs no credentials and data stays in China', () => {
    const config = configOf({})
    expect(config).toMatchObject({ region: 'cn-north-1', stage: 'prod', corsOrigins: [] })
    // On deploy the CLI exports the caller's account; a plain synth has none.
    expect(config.account).toMatch(/^\d{12}$/)
  })

  it('splits -c corsOrigins=a,b into a list', () => {
    const { corsOrigins } = configOf({ corsOrigins: 'https://h5.example.org, https://admin.example.org' })
    expect(corsOrigins).toEqual(['https://h5.example.org', 'https://admin.example.org'])
  })

  it('fails fast on a bad value, naming the key', () => {
    expect(() => configOf({ corsOrigins: 'https://h5.example.org/path' })).toThrow(/corsOrigins/)
    expect(() => configOf({ wechatAppId: 'not-an-app-id' })).toThrow(/wechatAppId/)
    expect(() => configOf({ region: 'mars' })).toThrow(/region/)
  })
})
