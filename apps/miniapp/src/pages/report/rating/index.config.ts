export default definePageConfig({ navigationBarTitleText: '季度服务评价' })
