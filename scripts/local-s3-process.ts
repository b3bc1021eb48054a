import { startLocalS3 } from '@jiayuan/api/local'

/**
 * The local S3 in a process of its own (`StackOptions.s3Apart`): started by scripts/stack.ts, it prints its
 * endpoint as one JSON line and runs until its parent closes its stdin or stops it.
 */
async function main(): Promise<void> {
  const [directory, bucket] = process.argv.slice(2)
  if (!directory || !bucket) throw new Error('usage: local-s3-process.ts <directory> <bucket>')
  const s3 = await startLocalS3({ directory, bucket })
  const stop = () => {
    void s3.close().finally(() => process.exit(0))
  }
  process.stdin.on('end', stop)
  process.stdin.resume()
  process.on('SIGTERM', stop)
  process.stdout.write(`${JSON.stringify({ endpoint: s3.endpoint })}\n`)
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
