/** Keys of the tickets context. */
export const ticketKeys = {}
