import { RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib'
import { AttributeType, Billing, TableV2 } from 'aws-cdk-lib/aws-dynamodb'
import type { Construct } from 'constructs'
import { tableSpec } from './table-spec'

const key = (name: string) => ({ name, type: AttributeType.STRING })

/** The one DynamoDB table. Stateful: retained on stack deletion and protected from termination. */
export class DataStack extends Stack {
  readonly table: TableV2

  constructor(scope: Construct, id: string, props: StackProps) {
    super(scope, id, { ...props, terminationProtection: true })
    this.table = new TableV2(this, 'Table', {
      partitionKey: key(tableSpec.partitionKey),
      sortKey: key(tableSpec.sortKey),
      billing: Billing.onDemand(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      timeToLiveAttribute: tableSpec.ttlAttribute,
      removalPolicy: RemovalPolicy.RETAIN,
      deletionProtection: true,
      globalSecondaryIndexes: tableSpec.indexes.map((index) => ({
        indexName: index.name,
        partitionKey: key(index.partitionKey),
        sortKey: key(index.sortKey),
      })),
    })
  }
}
