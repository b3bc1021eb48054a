export default definePageConfig({ navigationBarTitleText: '编制预算' })
