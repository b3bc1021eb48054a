export default definePageConfig({ navigationBarTitleText: '编辑物业月报' })
