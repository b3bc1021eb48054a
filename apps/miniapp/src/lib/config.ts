/** Build-time settings, read once (injected by config/index.ts). '' means the API shares the page's origin (H5). */
export const apiBase: string = API_BASE
