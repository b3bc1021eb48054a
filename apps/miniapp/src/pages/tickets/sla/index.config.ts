export default definePageConfig({ navigationBarTitleText: '处理时限' })
