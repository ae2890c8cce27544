'use client';

import { useState } from 'react';

type Rujuk = (command: 'convert', conversion: { event: string; email: string }) => Promise<unknown>;

export default function Signup() {
  const [result, setResult] = useState('');
  return (
    <main>
      <h1>Create your account</h1>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const email = String(new FormData(event.currentTarget).get('email'));
          (window as unknown as { rujuk: Rujuk }).rujuk('convert', { event: 'signup', email }).then(() => {
            setResult('Welcome! Your sign-up is recorded.');
          });
        }}
      >
        <label>
          Email <input name="email" type="email" required />
        </label>
        <button type="submit">Sign up</button>
      </form>
      <p role="status">{result}</p>
    </main>
  );
}
