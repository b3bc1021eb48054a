export default definePageConfig({ navigationBarTitleText: '小区概况' })
