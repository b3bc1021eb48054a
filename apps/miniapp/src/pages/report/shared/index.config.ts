export default definePageConfig({ navigationBarTitleText: '物业月报' })
