/** Escapes LIKE wildcards in user input so "50%" searches for the text, not a pattern. */
export const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
