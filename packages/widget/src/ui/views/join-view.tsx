import { secretId } from '@rujuk/contract';
import type { JoinRequest } from '@rujuk/protocol';
import { callCommand } from '../../bus/commands.js';
import { emit } from '../../events/emit.js';
import { emitError } from '../../events/emit-error.js';
import { visitorId } from '../../storage/visitor-id.js';
import { WidgetComponent } from '../context.js';
import { currentReferral } from '../referral.js';
import { preloadView } from '../view-chunks.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

// The email being joined and its idempotency key, kept until a join succeeds: submitting the same
// email again after a failure sends the same key, so when the backend had handled the failed try
// (only its answer was lost), it answers this one as that one, with a token, and the visitor is
// signed in. Module-wide, so every widget on the page retries the same join.
let joining: [email: string, key: string] | undefined;

type State = { busy: boolean; error: string | null };

/** The join form: email and optional name, then the participant's link. */
export class JoinView extends WidgetComponent<object, State> {
  override state: State = { busy: false, error: null };
  private input: HTMLInputElement | null = null;
  private nameInput: HTMLInputElement | null = null;

  private submit = async (event: Event) => {
    event.preventDefault();
    const { t, client, stores, session, locale, variantId } = this.widget;
    // Read the fields at submit time: autofill does not always fire input events.
    const address = this.input?.value.trim() ?? '';
    const name = this.nameInput?.value.trim() ?? '';
    if (!EMAIL.test(address)) {
      this.setState({ error: t('invalidEmail') });
      this.input?.focus();
      return;
    }
    this.setState({ busy: true, error: null });
    // The share view comes next: download it while the join request is on its way.
    preloadView('share').catch(() => undefined);
    try {
      const referral = await currentReferral();
      const email = address.toLowerCase();
      // 128 random bits: with the email, the key yields a token for a day, so it must not be guessable.
      if (joining?.[0] !== email) joining = [email, secretId()];
      const body: JoinRequest = { email: address, locale, visitorId: visitorId(), idempotencyKey: joining[1] };
      if (name) body.name = name;
      if (referral?.code) body.referredBy = referral.code;
      if (referral?.clickId) body.clickId = referral.clickId;
      const answer = await client.join(body);
      joining = undefined;
      session.$joined.set(answer.participant);
      if (answer.token || client.isIdentified()) await stores.refresh().catch(() => undefined);
      const variant = variantId();
      emit('join', { code: answer.participant.code, created: answer.created, variant });
      callCommand('identify', { code: answer.participant.code });
    } catch (failure) {
      // A join the backend refused (rate limit, origin, a closed program…) or that never got there.
      emitError(failure, 'join_failed');
      const code = (failure as { code?: string }).code;
      this.setState({ error: code === 'invalid_request' ? t('invalidEmail') : t('error'), busy: false });
      // The disabled button dropped focus to the page, out of reach of Escape and the Tab trap.
      this.input?.focus();
    }
  };

  override render() {
    const { t, options } = this.widget;
    const { busy, error } = this.state;
    return (
      <form onSubmit={this.submit} noValidate part="form">
        <label for="rj-email" part="label">
          {t('email')}
        </label>
        <input
          ref={(node) => {
            this.input = node;
          }}
          id="rj-email"
          part="input"
          type="email"
          name="email"
          autocomplete="email"
          required
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'rj-err' : undefined}
        />
        <label for="rj-name" part="label">
          {t('name')}
        </label>
        <input
          ref={(node) => {
            this.nameInput = node;
          }}
          id="rj-name"
          part="input"
          type="text"
          name="name"
          autocomplete="name"
        />
        {error && (
          <p id="rj-err" class="err" role="alert" part="error">
            {error}
          </p>
        )}
        <button class="b w" part="button" type="submit" disabled={busy}>
          {busy ? t('joining') : (options.buttonText ?? t('join'))}
        </button>
      </form>
    );
  }
}
