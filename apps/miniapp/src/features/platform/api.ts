import { platform, type BodyOf } from '@jiayuan/contracts'
import { call } from '../../lib/api'

export const loadMyCommunities = () => call(platform.myCommunities, {}).then((r) => r.communities)

export const createCommunity = (body: BodyOf<typeof platform.createCommunity>) =>
  call(platform.createCommunity, { body })

export const loadCommunity = (communityId: string) => call(platform.communityCompounds, { params: { communityId } })

export const createCompound = (communityId: string, body: BodyOf<typeof platform.createCompound>) =>
  call(platform.createCompound, { params: { communityId }, body })

export const loadCommunityInvites = (communityId: string) =>
  call(platform.communityInvites, { params: { communityId } })

export const inviteCommunityAdmin = (communityId: string, body: BodyOf<typeof platform.inviteCommunityAdmin>) =>
  call(platform.inviteCommunityAdmin, { params: { communityId }, body })

export const loadInvite = (code: string) => call(platform.getInvite, { params: { code } })

export const acceptInvite = (code: string) => call(platform.acceptInvite, { params: { code } })
