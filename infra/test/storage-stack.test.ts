import { Match, Template } from 'aws-cdk-lib/assertions'
import { synthApp } from './helpers'

const origins = ['https://h5.example.org']

describe('storage stack', () => {
  const { storage, config } = synthApp({ corsOrigins: origins.join(',') })
  const template = Template.fromStack(storage)
  const files = { BucketName: `jiayuan-prod-files-${config.account}-cn-north-1` }

  it('keeps the files bucket private, encrypted, versioned and retained', () => {
    template.hasResource('AWS::S3::Bucket', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        ...files,
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
        },
        VersioningConfiguration: { Status: 'Enabled' },
        LoggingConfiguration: Match.objectLike({ DestinationBucketName: Match.anyValue() }),
      }),
    })
  })

  it('denies every request that is not over TLS, on both buckets', () => {
    const denyPlainHttp = Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })
    const policies = template.findResources('AWS::S3::BucketPolicy', {
      Properties: { PolicyDocument: { Statement: Match.arrayWith([denyPlainHttp]) } },
    })
    expect(Object.keys(policies)).toHaveLength(2)
  })

  it('lets the H5 origins PUT, GET and HEAD presigned URLs', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      ...files,
      CorsConfiguration: {
        CorsRules: [Match.objectLike({ AllowedOrigins: origins, AllowedMethods: ['PUT', 'GET', 'HEAD'] })],
      },
    })
  })

  it('has no CORS rule when no origin is configured', () => {
    const template = Template.fromStack(synthApp().storage)
    template.hasResourceProperties('AWS::S3::Bucket', { ...files, CorsConfiguration: Match.absent() })
  })
})
