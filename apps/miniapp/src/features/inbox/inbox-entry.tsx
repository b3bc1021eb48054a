import { ActionTile } from '../../components/action-tile'
import { go } from '../../lib/navigation'
import { useUnread } from './use-unread'
import './inbox-entry.scss'

/** The home page's way into 消息, with the number of unread messages as its badge. */
export function InboxEntry({ compoundId }: { compoundId: string }) {
  const unread = useUnread(compoundId).data ?? 0
  return (
    <ActionTile
      className="inbox-entry"
      label="消息"
      hint={unread > 0 ? `${unread} 条未读` : '公告、表决结果和月报'}
      badge={unread}
      onClick={() => go('inbox')}
    />
  )
}
