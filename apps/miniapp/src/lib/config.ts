/** Build-time settings, read once (injected by config/index.ts). '' means the API shares the page's origin (H5). */
export const apiBase: string = API_BASE

/** Where the H5 build lives, for links opened in a browser; '' on H5 means this page's own address. */
export const h5Base: string = H5_BASE
