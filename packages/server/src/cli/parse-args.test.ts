import { describe, expect, it } from 'vitest';
import { parseCliArgs } from './parse-args.js';

describe('parseCliArgs', () => {
  it('starts by default with the data in .rujuk-data', () => {
    expect(parseCliArgs([])).toMatchObject({ command: 'start', dataDir: '.rujuk-data', seed: false, port: undefined });
  });

  it('reads the commands and their options', () => {
    expect(parseCliArgs(['start', '--port', '0', '--seed', '--config', 'p.json'])).toMatchObject({
      command: 'start',
      port: 0,
      seed: true,
      config: 'p.json',
    });
    expect(parseCliArgs(['keys', '--rotate', '--data-dir', '/tmp/x'])).toMatchObject({
      command: 'keys',
      rotate: true,
      dataDir: '/tmp/x',
    });
    expect(parseCliArgs(['seed']).command).toBe('seed');
    expect(parseCliArgs(['--help']).command).toBe('help');
  });

  it('refuses unknown commands, unknown options and bad ports with the usage', () => {
    expect(() => parseCliArgs(['serve'])).toThrow(/Unknown command "serve"[\s\S]*Usage: rujuk-server/);
    expect(() => parseCliArgs(['--prot', '1'])).toThrow(/Usage: rujuk-server/);
    expect(() => parseCliArgs(['--port', 'http'])).toThrow('--port must be a number from 0 to 65535');
  });

  it('reads --trust-proxy as a hop count or a list of proxy addresses and ranges', () => {
    expect(parseCliArgs(['--trust-proxy', '1']).trustProxy).toBe(1);
    expect(parseCliArgs(['--trust-proxy', '10.0.0.0/8,::1']).trustProxy).toEqual(['10.0.0.0/8', '::1']);
    expect(parseCliArgs([]).trustProxy).toBeUndefined();
    expect(() => parseCliArgs(['--trust-proxy', 'lb.example'])).toThrow('--trust-proxy takes a number of hops');
  });
});
