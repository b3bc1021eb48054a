export default definePageConfig({ navigationBarTitleText: '众筹项目' })
