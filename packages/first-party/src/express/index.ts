// Express middlewares are Connect middlewares: `app.use(firstParty(options))`, before any body parser.

export { filesFromPackages } from '../node/files-from-packages.js';
export { firstParty, type NodeMiddleware } from '../node/middleware.js';
export type { FirstPartyOptions } from '../options/options.js';
