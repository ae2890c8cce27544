/** The device family, which decides SMS availability and its URL syntax. */
export type Platform = 'ios' | 'android' | 'desktop';

/** Detects the platform from the user agent (iPadOS reports itself as a Mac with touch). */
export function detectPlatform(nav: Pick<Navigator, 'userAgent' | 'maxTouchPoints'> = navigator): Platform {
  const ua = nav.userAgent;
  if (/iPhone|iPad|iPod/.test(ua) || (/Macintosh/.test(ua) && nav.maxTouchPoints > 1)) return 'ios';
  if (/Android/.test(ua)) return 'android';
  return 'desktop';
}
