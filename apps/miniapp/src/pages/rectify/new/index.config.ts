export default definePageConfig({ navigationBarTitleText: '发整改通知' })
