import type { JoinRequest } from '@rujuk/protocol';
import { useRef, useState } from 'preact/hooks';
import { callCommand } from '../../bus/command-bus.js';
import { emit } from '../../events/emit.js';
import { visitorId } from '../../storage/visitor-id.js';
import { useWidget } from '../context.js';
import { currentReferral } from '../referral.js';
import { useStore } from '../use-store.js';
import { preloadView } from '../view-chunks.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The join form: email and optional name, then the participant's link. */
export function JoinView() {
  const { t, client, stores, session, options, locale, variantOf } = useWidget();
  const program = useStore(stores.$program);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const nameInput = useRef<HTMLInputElement>(null);

  async function submit(event: Event) {
    event.preventDefault();
    // Read the fields at submit time: autofill does not always fire input events.
    const address = input.current?.value.trim() ?? '';
    const name = nameInput.current?.value.trim() ?? '';
    if (!EMAIL.test(address)) {
      setError(t('invalidEmail'));
      input.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    // The share view comes next: download it while the join request is on its way.
    preloadView('share').catch(() => undefined);
    try {
      const referral = await currentReferral();
      const body: JoinRequest = { email: address, locale, visitorId: visitorId() };
      if (name) body.name = name;
      if (referral?.code) body.referredBy = referral.code;
      if (referral?.clickId) body.clickId = referral.clickId;
      const answer = await client.join(body);
      session.$joined.set(answer.participant);
      if (answer.token || client.isIdentified()) await stores.refresh().catch(() => undefined);
      const variant = options.variant ?? variantOf(program)?.id ?? null;
      emit('join', { code: answer.participant.code, created: answer.created, variant });
      callCommand('identify', { code: answer.participant.code });
    } catch (failure) {
      const code = (failure as { code?: string }).code;
      setError(code === 'invalid_request' ? t('invalidEmail') : t('error'));
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate part="form">
      <label for="rj-email" part="label">
        {t('email')}
      </label>
      <input
        ref={input}
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
      <input ref={nameInput} id="rj-name" part="input" type="text" name="name" autocomplete="name" />
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
