import { ActionTile } from '../../components/action-tile'
import { go } from '../../lib/navigation'
import { useUnread } from '../../hooks/use-unread'
import './inbox-entry.scss'

/** The home page's way into 消息, with the number of unread messages as its badge. */
export function InboxEntry({ compoundId }: { compoundId: string }) {
  const unread = useUnread(compoundId).data?.unread ?? 0
  return (
    <ActionTile
      className="inbox-entry"
      label="消息"
      hint={unread > 0 ? `${unread} 条未读` : '报修进度、公告和月报'}
      badge={unread}
      onClick={() => go('inbox')}
    />
  )
}
