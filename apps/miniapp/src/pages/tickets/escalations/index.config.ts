export default definePageConfig({ navigationBarTitleText: '上报件' })
