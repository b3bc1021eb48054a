export default definePageConfig({ navigationBarTitleText: '物业服务考评结果' })
