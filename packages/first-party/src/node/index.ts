export { filesFromPackages } from './files-from-packages.js';
export { firstParty, type NodeMiddleware } from './middleware.js';
export { appendCookies, sendResponse } from './send-response.js';
export { requestUrl, toRequest } from './to-request.js';
