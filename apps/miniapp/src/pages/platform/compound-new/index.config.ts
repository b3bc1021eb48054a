export default definePageConfig({ navigationBarTitleText: '新建小区' })
