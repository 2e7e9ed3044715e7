import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTestBot, tempDir } from '../support/fixtures.js';
import { makeDocx } from './files/make-docx.js';
import { deflated, writeZip } from './files/zip-writer.js';

/**
 * Hostile and broken files through the real command (`/cwg import` with the file sent in chat, and a
 * path on the command line): each gets its own clear sentence, quickly, and the data file is left
 * byte for byte as it was (no draft either).
 */

const SEC = { id: 'U0SEC', platform: 'slack' as const };
const docxParts = (extra: ReturnType<typeof deflated>[]) => [
  deflated('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
  deflated('word/document.xml', '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>'),
  ...extra,
];

async function hostile(): Promise<Array<[string, string, Uint8Array, RegExp]>> {
  const zeros = deflated('x', new Uint8Array(10 * 1024 * 1024));
  const bomb = writeZip(docxParts(Array.from({ length: 21 }, (_, i) => ({ ...zeros, name: `word/media/z${i}.bin` }))));
  const liar = writeZip(docxParts([{ ...zeros, name: 'word/styles.xml', declaredSize: 1000 }]));
  const good = await makeDocx(['1\tHello', '2\tWorld']);
  const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\n'), randomBytes(4000)]);
  return [
    ['zip bomb', 'report.docx', bomb, /would expand to far more data than a document holds/],
    ['lying zip entry', 'report.docx', liar, /would expand to far more data than a document holds/],
    ['truncated docx', 'report.docx', good.subarray(0, Math.floor(good.length * 0.6)), /damaged/],
    ['malformed PDF', 'report.pdf', pdf, /The PDF (is damaged|seems cut short)/],
    ['binary junk', 'report.txt', randomBytes(20_000), /isn't text|is named as/],
    ['binary junk, no extension', 'upload', randomBytes(20_000), /isn't text|can't tell what kind of file/],
    ['empty file', 'report.docx', new Uint8Array(0), /The file is empty/],
  ];
}

describe('hostile files through /cwg import change nothing and get a clear message in bounded time', () => {
  it('sent in chat (a Slack upload): every hostile file is refused with its own sentence', async () => {
    const t = await makeTestBot({ env: { CWG_SECRETARIAT: 'U0SEC' } });
    const before = readFileSync(t.store.location);
    for (const [what, name, bytes, words] of await hostile()) {
      const started = performance.now();
      const reply = await t.bot.handle('import', SEC, { platform: 'slack', id: 'D1' }, { files: [{ name, bytes }] });
      const ms = performance.now() - started;
      expect(reply.tone, what).toBe('error');
      expect(reply.error?.code, what).toMatch(/^FILE_/);
      expect(reply.text, what).toMatch(words);
      expect(ms, what).toBeLessThan(10_000);
      expect(readFileSync(t.store.location), what).toEqual(before);
    }
    expect(t.store.read().importDrafts).toEqual({});
  });

  it('over CWG_IMPORT_MAX_MB: refused before reading, by path and in chat', async () => {
    const t = await makeTestBot({ env: { CWG_IMPORT_MAX_MB: '1', CWG_SECRETARIAT: 'U0SEC' } });
    const before = readFileSync(t.store.location);
    const big = path.join(tempDir(), 'big.txt');
    writeFileSync(big, `1\t${'a report line. '.repeat(100_000)}`);
    const byPath = await t.ask(`import ${big}`);
    expect(byPath.error?.code).toBe('FILE_TOO_BIG');
    expect(byPath.text).toMatch(/The file is 1\.4 MB; files up to 1 MB can be imported \(CWG_IMPORT_MAX_MB\)/);
    const inChat = await t.bot.handle('import', SEC, undefined, { files: [{ name: 'big.txt', bytes: readFileSync(big) }] });
    expect(inChat.error?.code).toBe('FILE_TOO_BIG');
    expect(readFileSync(t.store.location)).toEqual(before);
  });

  it('a path typed in chat is refused; on the command line a missing file or a folder is named', async () => {
    const t = await makeTestBot({ env: { CWG_SECRETARIAT: 'U0SEC' } });
    const before = readFileSync(t.store.location);
    expect((await t.ask('import /etc/passwd', SEC)).text).toMatch(/only possible on the bot's own command line/);
    expect((await t.ask('import', SEC)).text).toMatch(/upload it in a direct message to me/);
    const missing = path.join(tempDir(), 'missing.docx');
    const gone = await t.ask(`import ${missing}`);
    expect(gone.error?.code).toBe('FILE_NOT_FOUND');
    expect(gone.text).toContain(`There is no file at "${missing}"`);
    const folder = tempDir();
    const dir = await t.ask(`import ${folder}`);
    expect(dir.error?.code).toBe('FILE_NOT_A_FILE');
    expect(dir.text).toContain(`"${folder}" is a folder, not a file`);
    expect(readFileSync(t.store.location)).toEqual(before);
  });
});
