import fs from 'node:fs'
import { execFileSync } from 'node:child_process'

/**
 * Where a measurement's requests spent this machine's cores, read from /proc (Linux): the API's event loop (the
 * process's main thread), the load generator (the worker thread that plays the phones), the process's other
 * threads (the garbage collector, libuv's pool) and DynamoDB Local's JVM. Throughput alone cannot tell a route
 * whose API work is heavy from one whose DynamoDB calls are; this can, in ms of CPU per request.
 */
export interface CpuMark {
  /** Every thread of this process. */
  process: number
  /** The main thread: the API's event loop (or, for the raw baseline, its SDK client). */
  main: number
  /** The thread taking the mark, when it is not the main one: the load generator. */
  current: number
  dynamo: number
  /** The local S3's process, when it runs apart from the API (scripts/stack.ts `s3Apart`). */
  s3?: number
}

/** CPU ms per request. */
export interface CpuSplit {
  main: number
  load: number
  other: number
  dynamo: number
  /** The local S3's process (a report's photo check), when it was measured. */
  s3?: number
}

function clockTickMs(): number {
  try {
    return 1000 / Number(execFileSync('getconf', ['CLK_TCK']).toString().trim())
  } catch {
    return 10
  }
}
const TICK_MS = clockTickMs()

/** utime + stime of a /proc stat file, in ms; NaN when it cannot be read (no /proc, the process gone). */
function cpuMs(statFile: string): number {
  try {
    const text = fs.readFileSync(statFile, 'utf8')
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ')
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS
  } catch {
    return Number.NaN
  }
}

/** Read from any thread of this process: from the load generator's, around exactly the requests it times. */
export function cpuMark(dynamoPid: number | undefined, s3Pid?: number): CpuMark {
  const self = fs.existsSync('/proc/thread-self') ? fs.readlinkSync('/proc/thread-self') : ''
  const onMain = self === `${process.pid}/task/${process.pid}`
  return {
    process: cpuMs('/proc/self/stat'),
    main: cpuMs(`/proc/self/task/${process.pid}/stat`),
    current: onMain ? 0 : cpuMs('/proc/thread-self/stat'),
    dynamo: dynamoPid === undefined ? Number.NaN : cpuMs(`/proc/${dynamoPid}/stat`),
    ...(s3Pid === undefined ? {} : { s3: cpuMs(`/proc/${s3Pid}/stat`) }),
  }
}

export function cpuSplit(from: CpuMark, to: CpuMark, requests: number): CpuSplit {
  const per = (a: number, b: number) => (b - a) / Math.max(1, requests)
  const main = per(from.main, to.main)
  const load = per(from.current, to.current)
  return {
    main,
    load,
    other: Math.max(0, per(from.process, to.process) - main - load),
    dynamo: per(from.dynamo, to.dynamo),
    ...(from.s3 !== undefined && to.s3 !== undefined ? { s3: per(from.s3, to.s3) } : {}),
  }
}
