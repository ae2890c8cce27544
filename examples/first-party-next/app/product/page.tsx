'use client';

import { useState } from 'react';
import { convert } from '../../lib/convert';
import { useHydrated } from '../../lib/use-hydrated';

/** The product page: a purchase reported from the page. */
export default function Product() {
  const [result, setResult] = useState('');
  const hydrated = useHydrated();
  return (
    <>
      <h1>House blend, 1 kg</h1>
      <p>$24.00</p>
      <button
        type="button"
        disabled={!hydrated}
        onClick={() => {
          const orderId = `K-${Date.now().toString(36)}`;
          convert({ event: 'purchase', amount: 2400, currency: 'USD', orderId }).then(
            () => setResult(`Thank you! Order ${orderId} is recorded.`),
            (error: Error) => setResult(`Order ${orderId} could not be recorded: ${error.message}`),
          );
        }}
      >
        Buy now
      </button>
      <p role="status">{result}</p>
    </>
  );
}
