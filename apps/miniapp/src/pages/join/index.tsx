import { PageShell } from '../../components/page-shell'
import { JoinScreen } from '../../features/joining/join-screen'
import { usePageParams } from '../../lib/route-params'

/**
 * What a compound's QR code opens, before any login: in WeChat the code's `scene` carries the compound id
 * (getUnlimitedQRCode), in a browser the H5 link's `compoundId`.
 */
export default function JoinPage() {
  const params = usePageParams()
  const scene = params.scene ? decodeURIComponent(params.scene) : undefined
  const compoundId = scene ?? params.compoundId
  return (
    <PageShell className="join" requireLogin={false}>
      <JoinScreen {...(compoundId ? { compoundId } : {})} />
    </PageShell>
  )
}
