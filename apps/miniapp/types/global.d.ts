/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.scss'

/** Injected by config/index.ts from TARO_APP_API_BASE ('' on H5 means same origin). */
declare const API_BASE: string
/** Injected by config/index.ts from TARO_APP_H5_BASE ('' on H5 means the page's own address). */
declare const H5_BASE: string

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5' | 'swan' | 'alipay' | 'tt' | 'qq' | 'jd' | 'harmony' | 'rn'
    TARO_APP_API_BASE?: string
    TARO_APP_H5_BASE?: string
  }
}
