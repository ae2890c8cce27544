import type { IncomingMessage, ServerResponse } from 'node:http';
import { createFirstParty, type FirstParty } from '../create-first-party.js';
import type { FirstPartyOptions } from '../options/options.js';
import { filesFromPackages } from './files-from-packages.js';
import { appendCookies, sendResponse } from './send-response.js';
import { toRequest } from './to-request.js';

/** A Connect-style middleware (Express, Connect, or plain `http` with a `next` of your own). */
export type NodeMiddleware = ((req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void) & {
  /** The web-standard handler underneath. */
  firstParty: FirstParty;
};

/**
 * Makes Rujuk first-party in a Node server: answers under `path` (scripts from the installed
 * packages, the protocol proxied to `apiUrl`) and adds the referral cookie to every other request
 * before passing it on with `next()`. The visitor's address is the request's peer address.
 * @example app.use(firstParty({ apiUrl: process.env.RUJUK_API_URL, publishableKey: 'pk_live_4f1c' }))
 */
export function firstParty(options: FirstPartyOptions): NodeMiddleware {
  const handler = createFirstParty({ files: filesFromPackages(), ...options });
  const prefix = handler.path;
  const middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void): void => {
    const visitor = { clientAddress: req.socket.remoteAddress };
    const pathname = (req.url ?? '/').split('?')[0]!;
    const ours = pathname === prefix || pathname.startsWith(`${prefix}/`);
    (async () => {
      const request = await toRequest(req, ours);
      if (ours) {
        const response = await handler.handle(request, visitor);
        if (response) return sendResponse(response, res);
      }
      const cookies = await handler.cookies(request, visitor);
      if (cookies.length) {
        // Added as the headers go out, so an app that sets its own `Set-Cookie` with `setHeader` keeps ours too.
        const writeHead = res.writeHead;
        res.writeHead = function (this: ServerResponse, ...args: Parameters<typeof writeHead>) {
          appendCookies(res, cookies);
          return writeHead.apply(this, args);
        } as typeof writeHead;
      }
      next();
    })().catch(next);
  };
  return Object.assign(middleware, { firstParty: handler });
}
