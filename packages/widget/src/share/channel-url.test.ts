import type { ShareSettings } from '@rujuk/protocol';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { availableChannels, channelMessage, channelUrl } from './channel-url.js';
import { detectPlatform } from './platform.js';

const share: ShareSettings = {
  message: 'Get 15% off: {{shareUrl}}',
  subject: 'A gift from {{name}}',
  templates: { x: 'Shop with {{code}} {{shareUrl}}' },
  channels: [],
};
const values = { shareUrl: 'https://shop.example/?ref=ANNA42', code: 'ANNA42', name: 'Anna' };
const url = encodeURIComponent(values.shareUrl);

describe('channelUrl', () => {
  it.each([
    ['email', `mailto:?subject=A%20gift%20from%20Anna&body=Get%2015%25%20off%3A%20${url}`],
    ['whatsapp', `https://wa.me/?text=Get%2015%25%20off%3A%20${url}`],
    ['telegram', `https://t.me/share/url?url=${url}&text=Get%2015%25%20off%3A`],
    ['x', `https://twitter.com/intent/tweet?text=Shop%20with%20ANNA42&url=${url}`],
    ['facebook', `https://www.facebook.com/sharer/sharer.php?u=${url}`],
    ['linkedin', `https://www.linkedin.com/sharing/share-offsite/?url=${url}`],
    ['reddit', `https://www.reddit.com/submit?url=${url}&title=Get%2015%25%20off%3A`],
  ] as const)('builds the %s link', (channel, expected) => {
    expect(channelUrl(channel, share, values, 'desktop')).toBe(expected);
  });

  it('uses the iOS SMS body syntax on iOS and the RFC 5724 one elsewhere', () => {
    expect(channelUrl('sms', share, values, 'ios')).toBe(`sms:?&body=Get%2015%25%20off%3A%20${url}`);
    expect(channelUrl('sms', share, values, 'android')).toBe(`sms:?body=Get%2015%25%20off%3A%20${url}`);
  });
});

describe('channelMessage', () => {
  it('appends the link when a template forgets it', () => {
    expect(channelMessage('email', { ...share, message: 'Try this shop' }, values)).toBe(
      `Try this shop ${values.shareUrl}`,
    );
  });
});

describe('availableChannels', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('hides SMS on desktop and keeps the order', () => {
    expect(availableChannels(['x', 'sms', 'copy'], 'desktop', values.shareUrl)).toEqual(['x', 'copy']);
    expect(availableChannels(['x', 'sms', 'copy'], 'android', values.shareUrl)).toEqual(['x', 'sms', 'copy']);
  });

  it('shows the native share sheet only where navigator.canShare accepts the link', () => {
    expect(availableChannels(['native'], 'ios', values.shareUrl)).toEqual([]);
    vi.stubGlobal('navigator', { ...navigator, share: async () => {}, canShare: () => true });
    expect(availableChannels(['native'], 'ios', values.shareUrl)).toEqual(['native']);
  });
});

describe('detectPlatform', () => {
  it.each([
    ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)', 0, 'ios'],
    ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)', 5, 'ios'],
    ['Mozilla/5.0 (Linux; Android 14; Pixel 8)', 5, 'android'],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64)', 0, 'desktop'],
  ])('reads %s as %s', (userAgent, maxTouchPoints, platform) => {
    expect(detectPlatform({ userAgent, maxTouchPoints })).toBe(platform);
  });
});
