import { describe, expect, it } from 'vitest';
import { clickIdFor, REPLAY_EVERY } from './click-load.js';

describe('clickIdFor', () => {
  it('gives every report a fresh id except every tenth, which repeats one sent five reports earlier', () => {
    const ids = Array.from({ length: 3 * REPLAY_EVERY }, (_, n) => clickIdFor('b1', n));
    expect(ids.filter((id) => id.replay)).toHaveLength(2);
    expect(ids[10]).toEqual({ clickId: ids[5]!.clickId, replay: true });
    expect(ids[20]).toEqual({ clickId: ids[15]!.clickId, replay: true });
    expect(new Set(ids.map((id) => id.clickId)).size).toBe(3 * REPLAY_EVERY - 2);
  });

  it('makes ids the server accepts: 8 to 64 letters, digits, "_" or "-"', () => {
    expect(clickIdFor('b1a2b3c4', 12_345).clickId).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
  });
});
