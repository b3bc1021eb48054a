/** Keys of the assembly context. */
export const assemblyKeys = {}
