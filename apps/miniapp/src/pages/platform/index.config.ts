export default definePageConfig({ navigationBarTitleText: '社区与小区' })
