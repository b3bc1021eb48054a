/** Page lifecycle hooks, re-exported so pages and features never import @tarojs/taro themselves. */
export { useDidHide, useDidShow, useLaunch, usePullDownRefresh } from '@tarojs/taro'
