export const BOARD_LABEL = { red: '红榜', grey: '灰榜', black: '黑榜' } as const
