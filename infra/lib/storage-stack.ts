import { Duration, RemovalPolicy, Stack, Validations, type StackProps } from 'aws-cdk-lib'
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  HttpMethods,
  ObjectOwnership,
  type CorsRule,
} from 'aws-cdk-lib/aws-s3'
import type { Construct } from 'constructs'

export interface StorageStackProps extends StackProps {
  /** Fixed so the API stack can name it without a cross-stack export (see files-bucket.ts). */
  bucketName: string
  /** Browser origins allowed to PUT to presigned URLs (the H5 build). */
  corsOrigins: readonly string[]
}

const secure = {
  blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
  enforceSSL: true,
  encryption: BucketEncryption.S3_MANAGED,
  removalPolicy: RemovalPolicy.RETAIN,
} as const

/** Photos, receipts and report exports: private, reached only through presigned URLs the API signs. */
export class StorageStack extends Stack {
  readonly bucket: Bucket

  constructor(scope: Construct, id: string, props: StorageStackProps) {
    super(scope, id, { ...props, terminationProtection: true })
    const accessLogs = new Bucket(this, 'AccessLogs', {
      ...secure,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      // Same six months as the function logs.
      lifecycleRules: [{ expiration: Duration.days(180) }],
    })
    Validations.of(accessLogs).acknowledge({
      id: 'AwsSolutions::AwsSolutions-S1',
      reason: 'This bucket receives the server access logs of the files bucket; logging it too would recurse.',
    })
    this.bucket = new Bucket(this, 'Files', {
      ...secure,
      bucketName: props.bucketName,
      versioned: true,
      serverAccessLogsBucket: accessLogs,
      serverAccessLogsPrefix: 'files/',
      minimumTLSVersion: 1.2,
      lifecycleRules: [
        // Versions guard against a bad overwrite, but a deleted photo (PIPL erasure) must not live on forever.
        { noncurrentVersionExpiration: Duration.days(30), abortIncompleteMultipartUploadAfter: Duration.days(7) },
      ],
      cors: corsRules(props.corsOrigins),
    })
  }
}

/** None without origins: the weapp build uploads outside the browser's CORS rules. */
function corsRules(origins: readonly string[]): CorsRule[] | undefined {
  if (origins.length === 0) return undefined
  return [
    {
      allowedOrigins: [...origins],
      allowedMethods: [HttpMethods.PUT, HttpMethods.GET, HttpMethods.HEAD],
      // The presigned signature is what protects an upload; its headers vary with the signed content type.
      allowedHeaders: ['*'],
      exposedHeaders: ['ETag'],
      maxAge: 3000,
    },
  ]
}
