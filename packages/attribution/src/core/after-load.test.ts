import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterLoad } from './after-load.js';

const loading = () => vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');

describe('afterLoad', () => {
  afterEach(() => vi.restoreAllMocks());

  it('waits for the page to show, after its load event, then for idle time', async () => {
    loading();
    const work = vi.fn();
    afterLoad(work);
    dispatchEvent(new Event('load'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(work).not.toHaveBeenCalled();
    dispatchEvent(new Event('pageshow'));
    await vi.waitFor(() => expect(work).toHaveBeenCalledTimes(1));
  });

  it('runs once when the page shows again from the back-forward cache', async () => {
    loading();
    const work = vi.fn();
    afterLoad(work);
    dispatchEvent(new Event('pageshow'));
    await vi.waitFor(() => expect(work).toHaveBeenCalledTimes(1));
    dispatchEvent(new Event('pageshow'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('only waits for idle time on a page that has already loaded', async () => {
    const work = vi.fn();
    afterLoad(work);
    await vi.waitFor(() => expect(work).toHaveBeenCalledTimes(1));
  });
});
