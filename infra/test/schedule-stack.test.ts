import { Validations } from 'aws-cdk-lib'
import { Template } from 'aws-cdk-lib/assertions'
import { AwsSolutionsChecks } from 'cdk-nag'
import { stubEntryDir, synthApp } from './helpers'

describe('schedule stack', () => {
  it('is not created while no scheduled job exists', () => {
    expect(synthApp({}, { jobs: [] }).schedule).toBeUndefined()
  })

  it('gives each job a house function and an EventBridge rule, nag-clean', () => {
    const entryDir = stubEntryDir(['sla-sweep.ts'])
    const jobs = [{ id: 'SlaSweep', entry: 'sla-sweep.ts', schedule: 'rate(5 minutes)' }]
    const { app, schedule } = synthApp({ region: 'eu-west-1' }, { entryDir, jobs })
    if (!schedule) throw new Error('expected a schedule stack')
    const template = Template.fromStack(schedule)
    // The job, the data upgrade, and CDK's provider that invokes the upgrade on deploy.
    template.resourceCountIs('AWS::Lambda::Function', 3)
    template.hasResourceProperties('AWS::Lambda::Function', { Architectures: ['arm64'], Runtime: 'nodejs22.x' })
    template.hasResourceProperties('AWS::Events::Rule', { ScheduleExpression: 'rate(5 minutes)' })
    // Jobs parse the same config as the API: without the token secret and WeChat id they would not start.
    const env = Object.values(template.findResources('AWS::Lambda::Function'))[0]?.Properties.Environment.Variables
    expect(Object.keys(env)).toEqual(
      expect.arrayContaining([
        'TOKEN_SECRET_ARN',
        'WECHAT_APP_SECRET_ARN',
        'WECHAT_APP_ID',
        'TABLE_NAME',
        'BUCKET_NAME',
      ]),
    )
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app))
    expect(() => app.synth()).not.toThrow()
  })

  it('runs the data upgrade once the deploy has put its function in place, again whenever its code changes', () => {
    const { schedule } = synthApp({ region: 'eu-west-1' })
    if (!schedule) throw new Error('expected a schedule stack')
    const template = Template.fromStack(schedule)
    const functions = template.findResources('AWS::Lambda::Function')
    const upgrade = Object.keys(functions).find((id) => id.startsWith('DataUpgradeFunction'))
    expect(upgrade).toBeDefined()
    expect(functions[upgrade ?? '']?.Properties).toMatchObject({ Timeout: 900, Runtime: 'nodejs22.x' })
    // The trigger names the function's current version: a new version (new code) is a new invocation.
    const triggers = Object.values(template.findResources('Custom::Trigger'))
    expect(triggers).toHaveLength(1)
    expect(JSON.stringify(triggers[0]?.Properties.HandlerArn)).toContain('DataUpgradeFunctionCurrentVersion')
    // It reads and writes the table as the jobs do.
    expect(Object.keys(functions[upgrade ?? '']?.Properties.Environment.Variables)).toEqual(
      expect.arrayContaining(['TABLE_NAME', 'TOKEN_SECRET_ARN']),
    )
  })
})
