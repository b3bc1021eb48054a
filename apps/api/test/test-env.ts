/** The integration tests' one reader of process.env: what global-setup.ts started for this run. */
export const testEnv = {
  ddbEndpoint: process.env.JIAYUAN_TEST_DDB_ENDPOINT ?? '',
  s3Endpoint: process.env.JIAYUAN_TEST_S3_ENDPOINT ?? '',
  tableName: 'jiayuan-test',
  bucket: 'jiayuan-test-files',
}
