import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { inflateSync } from 'node:zlib';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { commands as registry } from '../../commands/index.js';
import { findCommand } from '../../src/dispatch/dispatch.js';
import { REPO_ROOT, tempDir } from '../support/fixtures.js';

const run = promisify(execFile);
const BOT_ID = '6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b';
const TSX = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');

/** Width, height and RGBA pixels of a non-interlaced 8-bit RGBA PNG with filter type 0 rows (what we write). */
function readPng(bytes: Uint8Array) {
  const buf = Buffer.from(bytes);
  expect(buf.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let pos = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString('ascii', pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect([data[8], data[9]]).toEqual([8, 6]);
    }
    if (type === 'IDAT') idat.push(data);
    pos += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const pixels: number[][] = [];
  for (let y = 0; y < height; y++) {
    expect(raw[y * (width * 4 + 1)]).toBe(0);
    for (let x = 0; x < width; x++) {
      const o = y * (width * 4 + 1) + 1 + x * 4;
      pixels.push([raw[o]!, raw[o + 1]!, raw[o + 2]!, raw[o + 3]!]);
    }
  }
  return { width, height, pixels };
}

describe('npm run package:teams', () => {
  it('writes a zip with the manifest (bot id filled in) and both icons', async () => {
    const out = path.join(tempDir(), 'cwg-teams.zip');
    const { stdout } = await run(TSX, ['scripts/package-teams.ts', '--out', out], { cwd: REPO_ROOT, env: { ...process.env, BOT_ID } });
    expect(stdout).toContain('Upload it in Teams');
    const files = unzipSync(readFileSync(out));
    expect(Object.keys(files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(strFromU8(files['manifest.json']!));
    expect(manifest.id).toBe(BOT_ID);
    expect(manifest.bots[0].botId).toBe(BOT_ID);
    expect(JSON.stringify(manifest)).not.toContain('${{');

    const color = readPng(files['color.png']!);
    expect([color.width, color.height]).toEqual([192, 192]);
    expect(color.pixels.every((p) => p[3] === 255)).toBe(true);
    const outline = readPng(files['outline.png']!);
    expect([outline.width, outline.height]).toEqual([32, 32]);
    // Teams wants the outline white on transparent, nothing else.
    expect(outline.pixels.every(([r, g, b, a]) => a === 0 || (r === 255 && g === 255 && b === 255 && a === 255))).toBe(true);
    expect(outline.pixels.some((p) => p[3] === 0)).toBe(true);
    expect(outline.pixels.some((p) => p[3] === 255)).toBe(true);
  });

  it('fails with a clear message when BOT_ID is missing or not an app id', async () => {
    const env = { ...process.env };
    delete env.BOT_ID;
    const missing = await run(TSX, ['scripts/package-teams.ts', '--out', path.join(tempDir(), 'x.zip')], { cwd: REPO_ROOT, env }).catch((e) => e);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('BOT_ID is not set');
    const bad = await run(TSX, ['scripts/package-teams.ts', '--out', path.join(tempDir(), 'x.zip')], {
      cwd: REPO_ROOT,
      env: { ...env, BOT_ID: 'my-bot' },
    }).catch((e) => e);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('is not a Microsoft App ID');
  });

  it('has a manifest Teams accepts: a current schema, three scopes, files in 1:1 chats, the suggested commands within limits', () => {
    const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'manifest/teams/manifest.json'), 'utf8'));
    expect(Number(manifest.manifestVersion)).toBeGreaterThanOrEqual(1.22);
    expect(manifest.$schema).toContain(`/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`);
    const bot = manifest.bots[0];
    expect(bot.scopes.sort()).toEqual(['groupChat', 'personal', 'team']);
    // The file consent card ("ics" in a 1:1 chat) works only with supportsFiles.
    expect(bot.supportsFiles).toBe(true);
    const commands = bot.commandLists.flatMap((l: any) => l.commands);
    expect(commands.map((c: any) => c.title)).toEqual(['next-deadline', 'next-event', 'upcoming', 'deadlines', 'events', 'search', 'subscribe', 'ics', 'help']);
    for (const c of commands) expect(findCommand(registry, c.title)?.name).toBe(c.title);
    for (const list of bot.commandLists) expect(list.commands.length).toBeLessThanOrEqual(10);
    for (const c of commands) {
      expect(c.title.length).toBeLessThanOrEqual(32);
      expect(c.description.length).toBeLessThanOrEqual(128);
    }
    expect(manifest.name.short.length).toBeLessThanOrEqual(30);
    expect(manifest.description.short.length).toBeLessThanOrEqual(80);
    expect(manifest.description.full.length).toBeLessThanOrEqual(4000);
    expect(manifest.icons).toEqual({ color: 'color.png', outline: 'outline.png' });
  });
});
