export * from './canonical-json'
export * from './sha256'
export * from './utf8'
