import { ListRow } from '../../components/list-row'
import { useRemote } from '../../hooks/use-remote'
import { useReloadOnShow } from '../../hooks/use-reload-on-show'
import { go } from '../../lib/navigation'
import { loadPersonalUnread } from './api'

/**
 * 我的消息 of someone above the compound (G4, S3, T12): notices, evaluations and requests about compounds they
 * are not a member of, with the unread count; refreshed whenever the page shows again.
 */
export function PersonalInboxRow() {
  const unread = useRemote(loadPersonalUnread, [])
  useReloadOnShow(unread.reload)
  const count = unread.data?.unread ?? 0
  return (
    <ListRow
      className="desk-inbox"
      title={count > 0 ? `我的消息（${count} 条未读）` : '我的消息'}
      sub="整改通知、考评结果、转来的诉求"
      extra="›"
      onClick={() => go('inbox', { personal: '1' })}
    />
  )
}
