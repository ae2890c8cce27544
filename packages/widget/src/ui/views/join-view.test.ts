import { installBus } from '@rujuk/contract';
import type { JoinRequest } from '@rujuk/protocol';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeConnection, mountFake, type } from '../../test-support/fixtures.js';

/** The idempotency key a recorded `client.join` call sent. */
const keyOf = (call: unknown[]) => (call[0] as JoinRequest).idempotencyKey;

afterEach(() => {
  document.body.innerHTML = '';
  delete (window as { rujuk?: unknown }).rujuk;
});

describe('the join view', () => {
  it('asks for an email with labelled fields and the configured button text', () => {
    const { root } = mountFake({ view: 'join', buttonText: 'Count me in' });
    expect(root.querySelector('label[for="rj-email"]')?.textContent).toBe('Email');
    expect(root.querySelector('label[for="rj-name"]')?.textContent).toBe('Name (optional)');
    expect(root.querySelector('button[type="submit"]')?.textContent).toBe('Count me in');
    expect(root.querySelector('h2')?.textContent).toBe('Give 15% off, get $10 store credit');
  });

  it('refuses an invalid email without calling the backend and says why', async () => {
    const { root, connection } = mountFake({ view: 'join' });
    type(root.querySelector('#rj-email'), 'not-an-email');
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent).toContain('valid email'));
    expect(root.querySelector('#rj-email')?.getAttribute('aria-invalid')).toBe('true');
    expect(connection.client.join).not.toHaveBeenCalled();
  });

  it('joins, announces it, tells the snippet who the participant is, and shows the link', async () => {
    // The bus as the loader leaves it, with no snippet on the page: identify stays queued for it.
    installBus({});
    const joins: unknown[] = [];
    window.addEventListener('rujuk:join', (event) => joins.push((event as CustomEvent).detail), { once: true });
    const { root, connection } = mountFake({ view: 'join' });
    type(root.querySelector('#rj-email'), ' anna@example.com ');
    type(root.querySelector('#rj-name'), 'Anna');
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await vi.waitFor(() =>
      expect(root.querySelector<HTMLInputElement>('#rj-link')?.value).toBe('https://shop.example/?ref=ANNA42'),
    );
    expect(connection.client.join).toHaveBeenCalledWith(
      expect.objectContaining({ email: 'anna@example.com', name: 'Anna', locale: 'en', visitorId: expect.any(String) }),
    );
    expect(joins).toEqual([{ code: 'ANNA42', created: true, variant: null }]);
    const queued = (window as unknown as { rujuk: { q: IArguments[] } }).rujuk.q.map((args) => Array.from(args));
    expect(queued).toContainEqual(['identify', { code: 'ANNA42' }]);
  });

  it('shows an error, reports it as rujuk:error and lets the visitor retry when the backend fails', async () => {
    const reported: unknown[] = [];
    const listener = (event: Event) => reported.push((event as CustomEvent).detail);
    window.addEventListener('rujuk:error', listener);
    const connection = fakeConnection();
    connection.client.join.mockRejectedValueOnce(
      Object.assign(new Error('[rujuk] POST /v1/participants: down'), { code: 'network_error' }),
    );
    const { root } = mountFake({ view: 'join' }, connection);
    type(root.querySelector('#rj-email'), 'anna@example.com');
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await vi.waitFor(() =>
      expect(root.querySelector('[role="alert"]')?.textContent).toBe('Something went wrong. Please try again.'),
    );
    expect(root.querySelector<HTMLButtonElement>('button[type="submit"]')!.disabled).toBe(false);
    expect(reported).toEqual([{ code: 'network_error', message: '[rujuk] POST /v1/participants: down' }]);
    window.removeEventListener('rujuk:error', listener);
  });

  it('shows the link from the join answer when the email had already joined elsewhere', async () => {
    const connection = fakeConnection();
    connection.client.join.mockResolvedValueOnce({
      participant: { ...(await import('../../test-support/fixtures.js')).participant },
      token: null,
      created: false,
    });
    const { root } = mountFake({ view: 'progress' }, connection);
    type(root.querySelector('#rj-email'), 'anna@example.com');
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await vi.waitFor(() => expect(root.textContent).toContain('This email already joined'));
  });

  it('sends the same idempotency key when the visitor submits the same email again after a failure', async () => {
    const connection = fakeConnection();
    connection.client.join.mockRejectedValueOnce(
      Object.assign(new Error('[rujuk] POST /v1/participants: timed out'), { code: 'timeout' }),
    );
    const { root } = mountFake({ view: 'join' }, connection);
    type(root.querySelector('#rj-email'), 'lost@example.com');
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')).not.toBeNull());
    type(root.querySelector('#rj-email'), ' Lost@Example.com ');
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await vi.waitFor(() => expect(root.querySelector('#rj-link')).not.toBeNull());
    const keys = connection.client.join.mock.calls.map(keyOf);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^\d+-\d+-\d+-\d+$/);
    expect(keys[1]).toBe(keys[0]);
  });

  it('makes a new idempotency key for another email, and for a join after one succeeded', async () => {
    const connection = fakeConnection();
    connection.client.join.mockRejectedValueOnce(Object.assign(new Error('down'), { code: 'network_error' }));
    const { root } = mountFake({ view: 'join' }, connection);
    type(root.querySelector('#rj-email'), 'first@example.com');
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')).not.toBeNull());
    type(root.querySelector('#rj-email'), 'second@example.com');
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await vi.waitFor(() => expect(root.querySelector('#rj-link')).not.toBeNull());

    // The same email again, in a fresh widget, once the first join succeeded.
    const later = mountFake({ view: 'join' });
    type(later.root.querySelector('#rj-email'), 'second@example.com');
    later.root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await vi.waitFor(() => expect(later.root.querySelector('#rj-link')).not.toBeNull());
    const calls = [...connection.client.join.mock.calls, ...later.connection.client.join.mock.calls];
    const keys = calls.map(keyOf);
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(3);
  });
});
