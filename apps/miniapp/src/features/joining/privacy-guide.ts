/**
 * The short privacy guide a resident agrees to before joining (DOMAIN W3, P1–P3). It must say the same as the
 * 《用户隐私保护指引》 filed in the WeChat console, which WeChat shows in its own consent popup. Changing it means a new
 * `PRIVACY_GUIDE_VERSION` in the contracts, which the join records.
 */

export const PRIVACY_GUIDE: ReadonlyArray<{ title: string; text: string }> = [
  {
    title: '我们收集什么',
    text: '微信登录标识；报修时您拍的照片、写的位置和描述；您自愿授权留下的手机号；申请业主认证时您上传的产权证明。',
  },
  { title: '用来做什么', text: '处理报修、核对业主身份、统计表决和公开账目，不做他用，不用于广告。' },
  {
    title: '谁能看到',
    text: '别人看到的您的姓名、房号、电话都已打码；您的手机号只给处理您报修的人看；产权证明只有业委会或社区审核人能看。',
  },
  { title: '相机与相册', text: '只在您点“拍照”或“选图”时使用，用前微信会再征得您的同意。' },
  { title: '您的权利', text: '可随时在“我的”里查看、更正您的信息，或联系社区删除；表决和账目记录按规定存档。' },
]
