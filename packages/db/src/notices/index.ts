export * from './announcements'
export * from './inbox'
export * from './recipients'
export * from './prefs'
