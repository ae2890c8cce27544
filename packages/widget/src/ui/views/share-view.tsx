import type { ShareChannel } from '@rujuk/protocol';
import { emit } from '../../events/emit.js';
import type { MessageKey } from '../../i18n/types.js';
import { availableChannels, channelMessage, channelUrl, type LinkChannel } from '../../share/channel-url.js';
import { CopyField } from '../components/copy-field.js';
import { QrCode } from '../components/qr-code.js';
import { participantOf, WidgetComponent } from '../context.js';

const BRANDS: Partial<Record<ShareChannel, string>> = {
  whatsapp: 'WhatsApp',
  telegram: 'Telegram',
  x: 'X',
  facebook: 'Facebook',
  linkedin: 'LinkedIn',
  reddit: 'Reddit',
};

type State = { qr: boolean };

/** The share view: the link with a copy button, then every share channel. */
export class ShareView extends WidgetComponent<object, State> {
  override state: State = { qr: false };

  override render() {
    const { t, stores, session, client, options, platform, variantId } = this.widget;
    const program = stores.$program.get();
    const participant = participantOf(this.widget);
    const { qr } = this.state;
    if (!program || !participant) return null;

    // The participant holds the template values (shareUrl, code); a missing name reads "a friend".
    const values = { ...participant, name: participant.name?.trim() || t('friend') };
    const channels = availableChannels(options.channels ?? program.share.channels, platform, values.shareUrl);
    const shared = (channel: ShareChannel) => emit('share', { channel, variant: variantId(), code: participant.code });

    function nativeShare() {
      navigator
        .share({ title: program!.name, text: channelMessage('native', program!.share, values), url: values.shareUrl })
        .then(() => shared('native'))
        // The visitor closed the share sheet: nothing to report.
        .catch(() => undefined);
    }

    function forget() {
      client.logout();
      stores.logout();
      session.$joined.set(null);
    }

    // `channelEmail`, `channelSms`, `channelQr`, `channelNative`.
    const label = (channel: ShareChannel): string =>
      BRANDS[channel] ?? t(`channel${channel[0]!.toUpperCase()}${channel.slice(1)}` as MessageKey);

    return (
      <div>
        <CopyField
          id="rj-link"
          label="yourLink"
          value={values.shareUrl}
          parts={['input link-field', 'button copy']}
          onCopied={() => shared('copy')}
        />
        <h3 id="rj-via">{t('shareVia')}</h3>
        <ul class="ch" part="channels" aria-labelledby="rj-via">
          {channels.map((channel) => {
            if (channel === 'copy') return null;
            const text = label(channel);
            const name = BRANDS[channel] ? t('shareOn', { channel: text }) : undefined;
            if (channel === 'native' || channel === 'qr') {
              return (
                <li key={channel}>
                  <button
                    class="c"
                    part={`channel channel-${channel}`}
                    type="button"
                    aria-expanded={channel === 'qr' ? qr : undefined}
                    onClick={() => {
                      if (channel === 'native') return nativeShare();
                      if (!qr) shared('qr');
                      this.setState({ qr: !qr });
                    }}
                  >
                    {text}
                  </button>
                </li>
              );
            }
            const href = channelUrl(channel as LinkChannel, program.share, values, platform);
            return (
              <li key={channel}>
                <a
                  class="c"
                  part={`channel channel-${channel}`}
                  href={href}
                  aria-label={name}
                  target={href.startsWith('http') ? '_blank' : undefined}
                  rel="noopener noreferrer"
                  onClick={() => shared(channel)}
                >
                  {text}
                </a>
              </li>
            );
          })}
        </ul>
        {qr && (
          <div class="ctr">
            <QrCode key={values.shareUrl + t('channelQr')} value={values.shareUrl} label={t('channelQr')} />
            <p class="mu">{t('qrHint')}</p>
          </div>
        )}
        <p class="mu">
          <button class="lk" part="link" type="button" onClick={forget}>
            {t('notYou')}
          </button>
        </p>
      </div>
    );
  }
}
