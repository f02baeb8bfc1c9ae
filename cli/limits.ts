/** How large a file or an answer the CLI reads, and how long it waits for one: the same for a page, a PDF and a picture. */
export const MAX_BYTES = 20 * 1024 * 1024;
export const TIMEOUT_MS = 20_000;
