'use client';

import { useState } from 'react';
import { convert } from '../../lib/convert';
import { useHydrated } from '../../lib/use-hydrated';

/** The sign-up page: reports the sign-up, with the referral the snippet reads from the cookie. */
export default function Signup() {
  const [result, setResult] = useState('');
  const hydrated = useHydrated();
  return (
    <>
      <h1>Create your account</h1>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const email = String(new FormData(event.currentTarget).get('email'));
          convert({ event: 'signup', email }).then(
            () => setResult('Welcome! Your sign-up is recorded.'),
            (error: Error) => setResult(`Your sign-up could not be recorded: ${error.message}`),
          );
        }}
      >
        <label>
          Email <input name="email" type="email" required />
        </label>
        <button type="submit" disabled={!hydrated}>
          Sign up
        </button>
      </form>
      <p role="status">{result}</p>
    </>
  );
}
