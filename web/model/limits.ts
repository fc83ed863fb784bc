// Sizes past which brought files are refused, kept apart so views can state them cheaply.

/** Files larger than this are refused before they are read. */
export const maxFileBytes = 10 * 1024 * 1024;
/** All files of one dataset together. */
export const maxDatasetBytes = 25 * 1024 * 1024;
