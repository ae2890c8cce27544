// Next.js calls this for every request the matcher lets through (Next.js 16's `proxy.ts`, formerly
// `middleware.ts`; it runs on the Node.js runtime, so the script files are read from the installed packages).
import { createFirstParty } from '@rujuk/first-party';
import { filesFromPackages } from '@rujuk/first-party/node';
import { type NextRequest, NextResponse } from 'next/server';

const rujuk = createFirstParty({
  apiUrl: process.env.RUJUK_API_URL ?? 'http://127.0.0.1:8787',
  publishableKey: process.env.NEXT_PUBLIC_RUJUK_KEY,
  files: filesFromPackages(),
});

/** Answers `/_rujuk/…` (scripts and protocol) and adds the referral cookie to every page. */
export async function proxy(request: NextRequest) {
  // Behind a load balancer, `x-forwarded-for` already holds the chain; the last entry is its peer.
  const visitor = { clientAddress: request.headers.get('x-real-ip') ?? undefined };
  const answer = await rujuk.handle(request, visitor);
  if (answer) return answer;
  const page = await rujuk.decorate(request, NextResponse.next(), visitor);
  // Prerendered pages say `s-maxage=31536000`: a CDN must not keep one visitor's cookie for the next.
  if (page.headers.has('set-cookie')) page.headers.set('cache-control', 'private, no-cache');
  return page;
}

export const config = {
  // Pages and /_rujuk; never Next.js's own assets.
  matcher: ['/((?!_next/|favicon.ico).*)'],
};
