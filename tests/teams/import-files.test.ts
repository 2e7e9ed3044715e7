import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import { REPO_ROOT } from '../support/fixtures.js';
import { schemaProblems } from './card-schema.js';
import { cardOf, DELEGATE_AAD, makeHarness, personalMessage, SECRETARIAT_AAD, submitsOf, textsOf, user } from './harness.js';

/**
 * /cwg import in Teams: a file attached in the 1:1 chat (its downloadUrl served by a loopback file server)
 * becomes a draft card per page with Accept / Reject per proposal; the card's buttons review and apply it.
 */

const CSV = readFileSync(path.join(REPO_ROOT, 'tests', 'fixtures', 'intake', 'flow', 'meetings.csv'));
const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (stops.length) await stops.pop()!();
});

async function fileServer(files: Record<string, Uint8Array>): Promise<{ url: (name: string) => string; hits: string[] }> {
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    hits.push(req.url ?? '');
    const bytes = files[(req.url ?? '').slice(1)];
    if (!bytes) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-length': String(bytes.byteLength) }).end(Buffer.from(bytes));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  stops.push(() => new Promise<void>((r) => server.close(() => r())));
  const { port } = server.address() as AddressInfo;
  return { url: (name) => `http://127.0.0.1:${port}/${name}`, hits };
}

function withFile(name: string, downloadUrl: string, from = user(SECRETARIAT_AAD, 'Officer')) {
  return personalMessage('', from, {
    attachments: [
      { contentType: 'application/vnd.microsoft.teams.file.download.info', name, content: { downloadUrl, uniqueId: 'u1', fileType: name.split('.').pop() } },
    ],
  });
}

const submitOf = (line: string, from = user(SECRETARIAT_AAD, 'Officer')) => personalMessage('', from, { value: { cwg: 'import', line } });

describe('Teams: a file attached in the 1:1 chat becomes a draft card', () => {
  it('"Reading…", then an Adaptive Card with Accept/Reject per proposal; the buttons accept the page and apply it', async () => {
    const h = await makeHarness({ app: { allowLoopbackDownloads: true } });
    const files = await fileServer({ 'meetings.csv': new Uint8Array(CSV) });
    const before = h.store.read().items.length;
    const sent = await h.send(withFile('meetings.csv', files.url('meetings.csv')));
    expect(sent[0]!.text).toBe('Reading meetings.csv…');
    const card = cardOf(sent[1]);
    expect(schemaProblems(card)).toEqual([]);
    expect(textsOf(card).join('\n')).toContain('Import draft from meetings.csv');
    expect(textsOf(card).join('\n')).toMatch(/Row 5: can't read the date "31 February 2026"/);
    const lines = submitsOf(card).map((d) => d.line);
    expect(lines).toEqual(expect.arrayContaining(['import accept 1', 'import reject 1', 'import accept 1,2,3', 'import discard']));
    expect(h.store.read().items).toHaveLength(before);

    const accepted = cardOf((await h.send(submitOf('import accept 1,2,3')))[0]);
    const confirm = submitsOf(accepted)
      .map((d) => d.line as string)
      .find((l) => l.startsWith('import confirm'));
    expect(confirm).toMatch(/^import confirm [0-9a-f]{6}$/);
    const applied = await h.send(submitOf(confirm!));
    expect(JSON.stringify(applied)).toContain('Imported from meetings.csv: 3 added, 0 changed');
    expect(h.store.read().items).toHaveLength(before + 3);
  });

  it('card data other than a review line is refused; a delegate cannot import (nothing downloaded)', async () => {
    const h = await makeHarness({ app: { allowLoopbackDownloads: true } });
    const files = await fileServer({ 'meetings.csv': new Uint8Array(CSV) });
    const forged = await h.send(submitOf('cancel igf-2025'));
    expect(JSON.stringify(forged)).toMatch(/older card/);
    const refused = await h.send(withFile('meetings.csv', files.url('meetings.csv'), user(DELEGATE_AAD)));
    expect(JSON.stringify(refused)).toMatch(/only the ITU secretariat/);
    expect(files.hits).toEqual([]);
  });

  it('an http link is not followed in production; a file over CWG_IMPORT_MAX_MB is refused while downloading', async () => {
    const strict = await makeHarness();
    const files = await fileServer({ 'big.txt': new Uint8Array(2 * 1024 * 1024).fill(65) });
    const noHttp = await strict.send(withFile('big.txt', files.url('big.txt')));
    expect(JSON.stringify(noHttp)).toMatch(/could not download the file from Teams/);
    expect(files.hits).toEqual([]);
    const small = await makeHarness({ app: { allowLoopbackDownloads: true }, env: { CWG_IMPORT_MAX_MB: '1' } });
    const big = await small.send(withFile('big.txt', files.url('big.txt')));
    expect(JSON.stringify(big)).toMatch(/The file is 2\.0 MB; files up to 1 MB can be imported/);
    expect(small.store.read().importDrafts).toEqual({});
  });
});
