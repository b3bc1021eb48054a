import type { Db } from '@jiayuan/db'
import type { Config } from './config'
import type { FileStore } from './storage/file-store'
import type { WechatClient } from './wechat/wechat-client'

/** What route code may use. Built once per process (Lambda cold start or local server). */
export interface Deps {
  config: Config
  db: Db
  files: FileStore
  wechat: WechatClient
  tokenSecret: string
  clock: () => Date
  log: (entry: Record<string, unknown>) => void
}
