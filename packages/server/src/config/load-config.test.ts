import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from './load-config.js';

describe('loadConfig', () => {
  const dirs: string[] = [];
  const tempDir = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rujuk-config-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('loads the demo program when given nothing', async () => {
    expect((await loadConfig()).program.id).toBe('demo');
  });

  it('reads and validates a JSON file', async () => {
    const dir = await tempDir();
    const path = join(dir, 'program.json');
    await writeFile(path, JSON.stringify({ name: 'Acme', siteUrl: 'https://acme.example/' }));
    const config = await loadConfig(path);
    expect(config.program.name).toBe('Acme');
    expect(config.allowedOrigins).toEqual(['https://acme.example']);
  });

  it('says which file is missing, broken or wrong', async () => {
    const dir = await tempDir();
    await expect(loadConfig(join(dir, 'nope.json'))).rejects.toMatchObject({ code: 'config_unreadable' });
    const broken = join(dir, 'broken.json');
    await writeFile(broken, '{ "name": ');
    await expect(loadConfig(broken)).rejects.toMatchObject({ code: 'invalid_config' });
    const wrong = join(dir, 'wrong.json');
    await writeFile(wrong, JSON.stringify({ tiers: 'gold' }));
    await expect(loadConfig(wrong)).rejects.toThrow(`${wrong}: Invalid program config: /tiers must be an array`);
  });
});
