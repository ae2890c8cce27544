import { describe, expect, it, vi } from 'vitest';
import { mountWidget } from './index.js';

// A backend that answers every request with a 500, in a file of its own: other widgets' failures
// would be reported too.
vi.stubGlobal(
  'fetch',
  vi.fn(async () => new Response(JSON.stringify({ code: 'internal_error' }), { status: 500 })),
);

describe('mountWidget on a backend that is down', () => {
  it('reports a program that failed to load as rujuk:error, once for every widget of the backend', async () => {
    const reported: unknown[] = [];
    const listener = (event: Event) => reported.push((event as CustomEvent).detail);
    window.addEventListener('rujuk:error', listener);
    const elements = (['share', 'progress'] as const).map((view) => {
      const element = document.createElement('div');
      document.body.append(element);
      mountWidget(element, { apiUrl: 'http://down.test', publishableKey: 'pk_test', view });
      return element;
    });
    // Both show the failure of the one load they share; by then it has been reported.
    await vi.waitFor(
      () => {
        for (const element of elements) expect(element.shadowRoot!.querySelector('[role="alert"]')).not.toBeNull();
      },
      { timeout: 5000 },
    );
    expect(reported).toHaveLength(1);
    expect(reported[0]).toMatchObject({ code: 'internal_error', message: expect.stringContaining('GET /v1/program') });
    window.removeEventListener('rujuk:error', listener);
  });
});
