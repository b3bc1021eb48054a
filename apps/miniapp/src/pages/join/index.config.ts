export default definePageConfig({ navigationBarTitleText: '加入小区' })
