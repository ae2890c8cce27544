import { isRujukError } from '@rujuk/sdk';
import { useState } from 'preact/hooks';
import { stores } from '../rujuk.js';

/** The app's own join form, on `stores.join()`: no widget needed to enrol someone. */
export function JoinForm() {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    setBusy(true);
    setError(null);
    try {
      await stores.join({ email: String(form.get('email')), name: String(form.get('name') || '') || undefined });
    } catch (caught) {
      setError(
        isRujukError(caught) && caught.code === 'participant_auth_required'
          ? 'This email already joined: open Notely on the device you joined from.'
          : isRujukError(caught)
            ? caught.detail
            : 'Something went wrong, try again.',
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="card" onSubmit={submit}>
      <h2>Join the referral program</h2>
      <label>
        Name <input name="name" autocomplete="name" />
      </label>
      <label>
        Email <input name="email" type="email" required autocomplete="email" />
      </label>
      <button type="submit" disabled={busy}>
        {busy ? 'Joining…' : 'Join'}
      </button>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}
