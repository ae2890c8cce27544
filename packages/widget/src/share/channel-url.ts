import type { ShareChannel, ShareSettings } from '@rujuk/protocol';
import type { Platform } from './platform.js';
import { renderTemplate, type TemplateValues } from './render-template.js';

const e = encodeURIComponent;

/** The channels that open a URL (the others copy, use the share sheet or show a QR code). */
export type LinkChannel = Exclude<ShareChannel, 'copy' | 'native' | 'qr'>;

/** The message for a channel: its own template, else the program's default message, with values filled in. */
export function channelMessage(channel: ShareChannel, share: ShareSettings, values: TemplateValues): string {
  const template = share.templates[channel] ?? share.message;
  const message = renderTemplate(template || '{{shareUrl}}', values);
  return message.includes(values.shareUrl) ? message : `${message} ${values.shareUrl}`.trim();
}

/** Builds the share URL of a link channel. */
export function channelUrl(
  channel: LinkChannel,
  share: ShareSettings,
  values: TemplateValues,
  platform: Platform,
): string {
  const url = e(values.shareUrl);
  const message = channelMessage(channel, share, values);
  // Channels that take the URL separately get the message without it, so the link is not shown twice.
  const text = e(message.replace(values.shareUrl, '').trim());
  switch (channel) {
    case 'email':
      return `mailto:?subject=${e(renderTemplate(share.subject, values))}&body=${e(message)}`;
    case 'sms':
      // iOS 8+ reads the body after `&`, Android after `?` (RFC 5724 form).
      return `sms:?${platform === 'ios' ? '&' : ''}body=${e(message)}`;
    case 'whatsapp':
      return `https://wa.me/?text=${e(message)}`;
    case 'telegram':
      return `https://t.me/share/url?url=${url}&text=${text}`;
    case 'x':
      return `https://twitter.com/intent/tweet?text=${text}&url=${url}`;
    case 'facebook':
      return `https://www.facebook.com/sharer/sharer.php?u=${url}`;
    case 'linkedin':
      return `https://www.linkedin.com/sharing/share-offsite/?url=${url}`;
    case 'reddit':
      return `https://www.reddit.com/submit?url=${url}&title=${text}`;
  }
}

/** The channels to show on this device: SMS only on phones, native only where the Web Share API can share a URL. */
export function availableChannels(
  channels: readonly ShareChannel[],
  platform: Platform,
  shareUrl: string,
): ShareChannel[] {
  return channels.filter((channel) => {
    if (channel === 'sms') return platform !== 'desktop';
    if (channel === 'native') {
      try {
        return typeof navigator.share === 'function' && navigator.canShare?.({ url: shareUrl }) === true;
      } catch {
        return false;
      }
    }
    return true;
  });
}
