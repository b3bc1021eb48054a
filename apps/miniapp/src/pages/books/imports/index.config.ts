export default definePageConfig({ navigationBarTitleText: '导入流水' })
