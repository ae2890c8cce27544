// Connect (and anything that takes `(req, res, next)`): `app.use(firstParty(options))`.

export { filesFromPackages } from '../node/files-from-packages.js';
export { firstParty, type NodeMiddleware } from '../node/middleware.js';
export type { FirstPartyOptions } from '../options/options.js';
