export { createFirstParty, type FirstParty } from './create-first-party.js';
export { type FileBody, type FileSource, filesFromRecord, filesFromUrl } from './files/file-source.js';
export { isHashed } from './files/is-hashed.js';
export { type FirstPartyOptions, FirstPartyOptionsError } from './options/options.js';
export type { FirstPartyErrorCode } from './problem/problem.js';
export type { Visitor } from './proxy/forward-headers.js';
