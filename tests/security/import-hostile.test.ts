import { describe, expect, it } from 'vitest';
import { buildCalendarIcs } from '../../src/export/build-ics.js';
import { cleanItemText, cleanText, cleanUrl } from '../../src/editing/clean-text.js';
import { ItemSchema } from '../../src/calendar/schema.js';
import { parseIcs } from '../export/ics-parse.js';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeTestBot, tempDir } from '../support/fixtures.js';

/** The operator imports a file (chat can only paste JSON, whose controls the command reader already drops). */
function fileWith(items: unknown[]): string {
  const f = path.join(tempDir(), 'hostile.json');
  writeFileSync(f, JSON.stringify({ items }));
  return f;
}

/** Terminal escapes an attacker puts into a calendar file: clear screen, set window title, colours. */
const CLEAR = '\u001b[2J';
const TITLE = '\u001b]0;pwned\u0007';
const RED = '\u001b[31m';
const BIDI = '\u202e';
// biome-ignore lint/suspicious/noControlCharactersInRegex: what must never come out
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function hostileItem(id: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    kind: 'deadline',
    title: `Hostile ${CLEAR}title${TITLE}`,
    description: `line one${RED}\nline two${BIDI}\u0000`,
    status: 'confirmed',
    when: { type: 'date', start: '2025-09-10' },
    place: `Room${CLEAR} 7`,
    organiser: `Org${TITLE}`,
    sendTo: 'inputs@example.org',
    tags: ['ai', 'ai'],
    source: { document: `Doc${TITLE}`, paragraph: `1.2${CLEAR}`, wording: `by 10 September${CLEAR}${TITLE}` },
    seeAlso: [{ document: `Other${RED}`, paragraph: '3', wording: `see${TITLE}` }],
    history: [{ when: { type: 'date', start: '2025-09-01' }, note: `moved${CLEAR}${TITLE}`, source: { document: `H${RED}`, paragraph: '4' } }],
    review: [{ printed: `10 Sept${CLEAR}`, interpretation: `2025-09-10${TITLE}`, reason: `the report${RED} says so${BIDI}` }],
    ...extra,
  };
}

describe('import keeps no hostile text', () => {
  it('ESC[2J, ESC]0;…BEL and bidi overrides in every field are gone after import, in /cwg show and in the feed', async () => {
    const t = await makeTestBot();
    const f = fileWith([hostileItem('hostile-1')]);
    await t.ask(`import ${f}`);
    const preview = await t.ask('import accept all');
    const code = /confirm ([0-9a-f]{6})\b/.exec(preview.text)![1]!;
    const applied = await t.ask(`import confirm ${code}`);
    expect(applied.tone).toBe('ok');
    const stored = t.store.read().items.find((it) => it.id === 'hostile-1')!;
    const storedText = JSON.stringify(stored);
    expect(storedText).not.toMatch(/\\u001b|\\u0007|\\u202e|\\u0000/);
    expect(stored.description).toBe('line one\nline two');
    expect(stored.history[0]!.note).toBe('moved');
    expect(stored.review[0]!.reason).toBe('the report says so');
    expect(stored.source.wording).toBe('by 10 September');
    expect(stored.tags).toEqual(['ai']);
    const shown = JSON.stringify(await t.ask('show hostile-1'));
    expect(shown).not.toMatch(/\\u001b|\\u0007|\\u202e/);
    const ics = buildCalendarIcs(t.store.read().items).ics;
    expect(ics.replace(/\r\n/g, '')).not.toMatch(CONTROLS);
    expect(parseIcs(ics).events.get('hostile-1@cwg-wsis-sdg.itu.int')!.summary).toBe('Deadline: Hostile title');
  });

  it('refuses javascript:, data: and file: links naming the item and the field, and imports nothing', async () => {
    const t = await makeTestBot();
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'JaVaScRiPt:alert(document.cookie)']) {
      const reply = (await t.ask(`import ${fileWith([hostileItem('hostile-2', { url })])}`)).text;
      expect(reply).toContain('only https:, http: or mailto: links');
      expect(reply).toContain('hostile-2');
    }
    const sendTo = (await t.ask(`import ${fileWith([hostileItem('hostile-3', { sendTo: 'javascript:alert(1)' })])}`)).text;
    expect(sendTo).toContain('sendTo: only https:, http: or mailto: links');
    expect(t.store.read().items.some((it) => it.id.startsWith('hostile'))).toBe(false);
  });

  it('one cleaning for every field: caps lengths, keeps newlines only where asked, and cleanUrl allows https/http/mailto only', () => {
    expect(cleanText(`a${CLEAR}b${TITLE}c\nd`, { max: 100 })).toBe('abc d');
    expect(cleanText(`a\r\n\r\n\r\n\r\nb`, { max: 100, multiline: true })).toBe('a\n\nb');
    expect(cleanText('x'.repeat(5000), { max: 200 })).toHaveLength(200);
    expect(cleanUrl('https://www.itu.int/wsis')).toBe('https://www.itu.int/wsis');
    expect(cleanUrl('mailto:cwg@itu.int')).toBe('mailto:cwg@itu.int');
    for (const bad of [
      'javascript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:,x',
      'vbscript:x',
      'file:///etc/passwd',
      'https://exa mple.org',
      'https://x.org/\u202e',
    ]) {
      expect(cleanUrl(bad), bad).toBeUndefined();
    }
    const item = cleanItemText(ItemSchema.parse(hostileItem('hostile-4', { url: 'https://ok.example/a' })));
    expect(JSON.stringify(item)).not.toMatch(/\\u001b|\\u0007|\\u202e|\\u0000/);
    expect(item.url).toBe('https://ok.example/a');
  });
});
