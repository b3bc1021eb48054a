import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Validations } from 'aws-cdk-lib'
import { Bucket } from 'aws-cdk-lib/aws-s3'
import { AwsSolutionsChecks } from 'cdk-nag'
import { defaultEntryDir } from '../lib/lambda-entries'
import { synthApp } from './helpers'

/** The real app (real Lambda entries, bundling skipped) with cdk-nag, as `cdk synth` runs it. */
function nagApp(region: string) {
  const built = synthApp({ region }, { entryDir: defaultEntryDir })
  Validations.of(built.app).addPlugins(new AwsSolutionsChecks(built.app))
  return built
}

describe.each(['cn-north-1', 'eu-west-1'])('the whole app in %s', (region) => {
  it('synthesises with every cdk-nag finding fixed or acknowledged', () => {
    const { app } = nagApp(region)
    expect(() => app.synth()).not.toThrow()
  })
})

describe('data residency', () => {
  it('builds every ARN in the China templates from the partition, never a literal aws one', () => {
    const assembly = nagApp('cn-north-1').app.synth()
    for (const stack of assembly.stacks) {
      const template = readFileSync(join(assembly.directory, stack.templateFile), 'utf8')
      expect(template).not.toMatch(/arn:aws:/)
      expect(stack.environment.region).toBe('cn-north-1')
    }
  })
})

describe('cdk-nag', () => {
  it('fails the synth on a finding nobody acknowledged', () => {
    const { app, storage } = nagApp('eu-west-1')
    new Bucket(storage, 'Unlogged', { enforceSSL: true })
    expect(() => app.synth()).toThrow(/AwsSolutions-S1/)
  })
})
