export default definePageConfig({ navigationBarTitleText: '预算执行' })
