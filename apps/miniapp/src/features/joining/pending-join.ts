import { readStored, removeStored, writeStored } from '../../lib/storage'

const KEY = 'pendingJoin'

/** The compound a QR code chose before the person had logged in: home offers it after login. */
export const pendingJoin = {
  read: () => readStored(KEY, (raw) => (typeof raw === 'string' && raw !== '' ? raw : undefined)),
  write: (compoundId: string) => writeStored(KEY, compoundId),
  clear: () => removeStored(KEY),
}
