/** Whether a command-line argument is a URL to fetch rather than a file or folder (no DOM or feed parser loaded to ask). */
export const isUrl = (arg: string): boolean => /^https?:\/\//i.test(arg);
