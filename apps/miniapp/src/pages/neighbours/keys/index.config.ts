export default definePageConfig({ navigationBarTitleText: '钥匙管家' })
