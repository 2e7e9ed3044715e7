import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreError } from '../../src/errors.js';
import { openLowdbStore } from '../../src/store/lowdb-store.js';
import { validatedTextsIn, validationKey } from '../../src/store/validated-texts.js';
import { tempDir } from '../support/fixtures.js';

/** A data file as the bot writes it (seeded), and a list of validated texts in a folder of its own. */
async function seeded() {
  const dir = tempDir();
  const file = path.join(dir, 'cwg.db.json');
  await (await openLowdbStore(file)).close();
  const list = path.join(dir, 'validated-data.json');
  return { file, list, text: readFileSync(file, 'utf8'), key: validationKey('test-build') };
}

const refusal = (file: string): Promise<StoreError> =>
  openLowdbStore(file).then(
    () => {
      throw new Error(`${file} was accepted`);
    },
    (e: unknown) => e as StoreError,
  );

describe('texts already proved valid (the compiled CLI skips validating an unchanged data file)', () => {
  it('remembers a file that validates to its own JSON, and opening it again gives the same data', async () => {
    const { file, list, text, key } = await seeded();
    const validated = validatedTextsIn(list, key);
    expect(validated.has(text)).toBe(false);
    const first = await openLowdbStore(file, { validated });
    expect(validatedTextsIn(list, key).has(text)).toBe(true);
    const again = await openLowdbStore(file, { validated: validatedTextsIn(list, key) });
    const plain = await openLowdbStore(file);
    expect(again.read()).toEqual(plain.read());
    expect(JSON.stringify(again.read())).toBe(JSON.stringify(plain.read()));
    expect(Object.isFrozen(again.read().items[0])).toBe(true);
    for (const s of [first, again, plain]) await s.close();
  });

  it('a file changed in any way is validated again: refused with the same message, left unchanged, not remembered', async () => {
    const { file, list, text, key } = await seeded();
    await (await openLowdbStore(file, { validated: validatedTextsIn(list, key) })).close();
    const db = JSON.parse(text);
    db.items[0].when = { type: 'date', start: '2025-02-30' };
    const broken = `${JSON.stringify(db, null, 1)}\n`;
    writeFileSync(file, broken);
    const expected = await refusal(file);
    expect(expected).toBeInstanceOf(StoreError);
    expect(expected.message).toMatch(/does not match the data schema: .*not a real calendar date/);
    const withList = (await openLowdbStore(file, { validated: validatedTextsIn(list, key) }).catch((e: unknown) => e)) as StoreError;
    expect(withList).toBeInstanceOf(StoreError);
    expect([withList.code, withList.message]).toEqual([expected.code, expected.message]);
    expect(readFileSync(file, 'utf8')).toBe(broken);
    expect(validatedTextsIn(list, key).has(broken)).toBe(false);
  });

  it('does not remember a file validation had to complete (defaults filled in) or another build or runtime proved', async () => {
    const { file, list, text, key } = await seeded();
    const db = JSON.parse(text);
    delete db.items[0].tags;
    const partial = JSON.stringify(db);
    writeFileSync(file, partial);
    const store = await openLowdbStore(file, { validated: validatedTextsIn(list, key) });
    expect(store.read().items[0]!.tags).toEqual([]);
    expect(validatedTextsIn(list, key).has(partial)).toBe(false);
    await store.close();

    writeFileSync(file, text);
    await (await openLowdbStore(file, { validated: validatedTextsIn(list, key) })).close();
    expect(validatedTextsIn(list, key).has(text)).toBe(true);
    expect(validatedTextsIn(list, validationKey('another-build')).has(text)).toBe(false);
    // A damaged list is an empty one.
    writeFileSync(list, '{"key": ');
    expect(validatedTextsIn(list, key).has(text)).toBe(false);
  });
});
