import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { ConfigError } from '../../../src/errors.js';

describe('CWG_IMPORT_MAX_MB', () => {
  it('defaults to 10 MB and accepts a number of MB up to 100', () => {
    expect(loadConfig({}).importMaxMb).toBe(10);
    expect(loadConfig({ CWG_IMPORT_MAX_MB: '25' }).importMaxMb).toBe(25);
    expect(loadConfig({ CWG_IMPORT_MAX_MB: '0.5' }).importMaxMb).toBe(0.5);
  });

  it.each(['0', '-1', 'ten', '101'])('refuses %s, naming the variable', (value) => {
    let err: unknown;
    try {
      loadConfig({ CWG_IMPORT_MAX_MB: value });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).variables).toEqual(['CWG_IMPORT_MAX_MB']);
  });
});
