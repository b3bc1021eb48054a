import { Match, Template } from 'aws-cdk-lib/assertions'
import { tableSpec } from '../lib/table-spec'
import { synthApp } from './helpers'

describe('data stack', () => {
  const template = Template.fromStack(synthApp().data)

  it('holds one on-demand table keyed as packages/db declares, with TTL', () => {
    template.resourceCountIs('AWS::DynamoDB::GlobalTable', 1)
    template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [
        { AttributeName: tableSpec.partitionKey, KeyType: 'HASH' },
        { AttributeName: tableSpec.sortKey, KeyType: 'RANGE' },
      ],
      TimeToLiveSpecification: { AttributeName: tableSpec.ttlAttribute, Enabled: true },
    })
  })

  it('has every GSI from tableSpec', () => {
    const indexes = tableSpec.indexes.map((index) =>
      Match.objectLike({
        IndexName: index.name,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: 'HASH' },
          { AttributeName: index.sortKey, KeyType: 'RANGE' },
        ],
      }),
    )
    template.hasResourceProperties('AWS::DynamoDB::GlobalTable', { GlobalSecondaryIndexes: indexes })
  })

  it('is retained, protected from deletion and recoverable to a point in time', () => {
    template.hasResource('AWS::DynamoDB::GlobalTable', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({
        Replicas: [
          Match.objectLike({
            DeletionProtectionEnabled: true,
            PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
          }),
        ],
      }),
    })
  })
})
