import { describe, expect, it } from 'vitest';
import { makeDb } from '../../bench/slack-roundtrip.bench.js';
import { DbSchema } from '../../src/store/db-schema.js';

// The benchmarks' generated calendar must stay a valid data file as the seed grows (it once pointed
// relative dates at ids that no longer existed, and `npm run bench` crashed before measuring).
describe('the benchmark calendar', () => {
  it.each([100, 1_000, 10_000])('makeDb(%i) is a valid data file of that many items', (n) => {
    const parsed = DbSchema.safeParse(makeDb(n));
    expect(parsed.success ? [] : parsed.error.issues.slice(0, 3)).toEqual([]);
    expect(parsed.data?.items).toHaveLength(n);
  });
});
