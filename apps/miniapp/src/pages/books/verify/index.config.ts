export default definePageConfig({ navigationBarTitleText: '全链验证' })
