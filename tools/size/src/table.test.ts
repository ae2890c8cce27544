import { describe, expect, it } from 'vitest';
import { formatTable } from './table.js';

describe('formatTable', () => {
  it('aligns names and status left and figures right, with a target still to reach and a failure', () => {
    const lines = formatTable([
      {
        budget: { name: 'script tag', files: [], brotli: 3616, target: 1536 },
        size: { raw: 8223, gzip: 4031, brotli: 3616 },
      },
      {
        budget: { name: 'loader', files: [], brotli: 3072 },
        problem: 'cannot measure (dist/w.js is missing: run `pnpm build` first)',
      },
    ]);
    expect(lines.map((line) => line.trimEnd())).toEqual([
      'bundle      raw B  gzip B  brotli B  budget B  status',
      'script tag   8223    4031      3616      3616  ok; target 1536 B: 2080 B to go',
      'loader          -       -         -      3072  cannot measure (dist/w.js is missing: run `pnpm build` first)',
    ]);
  });
});
