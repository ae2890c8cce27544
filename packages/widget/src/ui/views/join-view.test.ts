import { afterEach, describe, expect, it, vi } from 'vitest';
import { installCommandBus } from '../../bus/command-bus.js';
import { fakeConnection, mountFake, type } from '../../test-support/fixtures.js';

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
    installCommandBus({});
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
      Object.assign(new Error('Rujuk POST /v1/participants: down'), { code: 'network_error' }),
    );
    const { root } = mountFake({ view: 'join' }, connection);
    type(root.querySelector('#rj-email'), 'anna@example.com');
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await vi.waitFor(() =>
      expect(root.querySelector('[role="alert"]')?.textContent).toBe('Something went wrong. Please try again.'),
    );
    expect(root.querySelector<HTMLButtonElement>('button[type="submit"]')!.disabled).toBe(false);
    expect(reported).toEqual([{ code: 'network_error', message: 'Rujuk POST /v1/participants: down' }]);
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
});
