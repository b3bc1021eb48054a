export default definePageConfig({ navigationBarTitleText: '账本规则' })
