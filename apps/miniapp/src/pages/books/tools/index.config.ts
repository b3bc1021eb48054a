export default definePageConfig({ navigationBarTitleText: '账务工具' })
