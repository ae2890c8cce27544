/**
 * The source of `pattern` with `\d` and `\w` spelled out as `0-9` and `A-Za-z0-9_`, for readers that are
 * not JavaScript (a Python or Go backend reading the program's `codePattern`, where `\w` may match
 * Unicode letters). Only `\d` and `\w` inside character classes are expected, as in every contract pattern.
 */
export const portablePattern = (pattern: RegExp): string =>
  pattern.source.replace(/\\d/g, '0-9').replace(/\\w/g, 'A-Za-z0-9_');
