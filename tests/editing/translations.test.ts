import { describe, expect, it } from 'vitest';
import type { Caller } from '../../src/dispatch/context.js';
import { FeedCache } from '../../src/export/feed-cache.js';
import { parseFeedQuery } from '../../src/export/feed-query.js';
import { messagesFor } from '../../src/i18n/index.js';
import { makeTestBot } from '../support/fixtures.js';

const FR: Caller = { id: 'U0FR', platform: 'slack', locale: 'fr-FR' };
const EN: Caller = { id: 'U0EN', platform: 'slack', locale: 'en-GB' };
const DE: Caller = { id: 'U0DE', platform: 'slack', locale: 'de-DE' };

describe('translations of an item’s title, place and description', () => {
  it('are set with /cwg edit <id> title.fr=… place.es=… description.ru=…, shown to readers of that language, English to the others, unmarked', async () => {
    const t = await makeTestBot({ now: '2025-01-15T09:00:00+01:00' });
    const r = await t.ask(
      'edit igf-2025 title.fr="Forum sur la gouvernance de l’Internet 2025" place.fr="Lillestrøm (Norvège)" place.es="Lillestrøm (Noruega)" description.ru="ФУИ 2025 в Норвегии."',
    );
    expect(r.tone, r.text).toBe('ok');
    const stored = t.store.read().items.find((it) => it.id === 'igf-2025')!;
    expect(stored.translations).toEqual({
      fr: { title: 'Forum sur la gouvernance de l’Internet 2025', place: 'Lillestrøm (Norvège)' },
      es: { place: 'Lillestrøm (Noruega)' },
      ru: { description: 'ФУИ 2025 в Норвегии.' },
    });
    expect(stored.title).toBe('Internet Governance Forum 2025 (IGF 2025)');

    const fr = await t.bot.handle('show igf-2025', FR);
    expect(fr.text).toContain('Forum sur la gouvernance de l’Internet 2025');
    expect(fr.text).toContain('Lillestrøm (Norvège)');
    expect(fr.text).not.toContain('Internet Governance Forum 2025 (IGF 2025)');
    // No French description: the English one, with nothing saying it is not translated.
    expect(fr.text).toContain('IGF 2025, hosted by the Government of Norway');
    expect(fr.items[0]!.title).toBe('Forum sur la gouvernance de l’Internet 2025');

    const en = await t.bot.handle('show igf-2025', EN);
    expect(en.text).toContain('Internet Governance Forum 2025 (IGF 2025)');
    expect(en.text).toContain('Lillestrøm, Norway');
    const de = await t.bot.handle('show igf-2025', DE); // no German catalogue: English, English text
    expect(de.text).toContain('Internet Governance Forum 2025 (IGF 2025)');

    const ru = await t.bot.handle('show igf-2025', { id: 'U0RU', platform: 'slack', locale: 'ru' });
    expect(ru.text).toContain('ФУИ 2025 в Норвегии.');
    expect(ru.text).toContain('Internet Governance Forum 2025 (IGF 2025)');

    // The history names each translation by the key it is typed with.
    const history = (await t.ask('history igf-2025')).text;
    expect(history).toContain('title.fr: (none) → "Forum sur la gouvernance de l’Internet 2025"');
    expect(history).toContain('notes.ru: (none) → "ФУИ 2025 в Норвегии."');
    // An empty value removes one translation; a language left empty disappears.
    expect((await t.ask('edit igf-2025 place.es=""')).tone).toBe('ok');
    expect(t.store.read().items.find((it) => it.id === 'igf-2025')!.translations?.es).toBeUndefined();
  });

  it('keeps the report’s wording in review notes as printed', async () => {
    const t = await makeTestBot({ now: '2025-01-15T09:00:00+01:00' });
    await t.ask('edit hlpf-2025-comments title.fr="Commentaires écrits sur le premier projet de contribution"');
    const fr = await t.bot.handle('show hlpf-2025-comments', FR);
    expect(fr.text).toContain('Commentaires écrits sur le premier projet de contribution');
    expect(fr.text).toContain('24 February');
  });

  it('refuses a language it does not know and text with links, changing nothing', async () => {
    const t = await makeTestBot();
    const de = await t.ask('edit igf-2025 title.de="Internet-Governance-Forum"');
    expect(de.tone).toBe('error');
    expect(de.text).toContain('"title.de": a translation is title, place or notes, a dot and a language code (en, ar, zh, fr, ru, es)');
    const link = await t.ask('edit igf-2025 title.fr="voir https://example.org"');
    expect(link.tone).toBe('error');
    expect(t.store.read().items.find((it) => it.id === 'igf-2025')!.translations).toBeUndefined();
    // title.en is the title itself.
    await t.ask('edit igf-2025 title.en="IGF 2025 (Norway)"');
    expect(t.store.read().items.find((it) => it.id === 'igf-2025')!.title).toBe('IGF 2025 (Norway)');
  });

  it('can be given when adding, and travel through calendar JSON export and import', async () => {
    const t = await makeTestBot({ now: '2025-01-15T09:00:00+01:00' });
    expect((await t.ask('add event title="Open consultation" title.zh="公开磋商" date="4 March 2025" id=open-cons')).tone).toBe('ok');
    const exported = await t.ask('export');
    const json = JSON.parse(exported.file!.content) as { items: Array<{ id: string; translations?: unknown }> };
    expect(json.items.find((it) => it.id === 'open-cons')!.translations).toEqual({ zh: { title: '公开磋商' } });
    const other = await makeTestBot({ now: '2025-01-15T09:00:00+01:00' });
    await other.ask(`import '${JSON.stringify({ items: json.items.filter((it) => it.id === 'open-cons') })}'`);
    const code = ((await other.ask('import accept all')).data as { code: string }).code;
    expect((await other.ask(`import confirm ${code}`)).tone).toBe('ok');
    const zh = await other.bot.handle('show open-cons', { id: 'U0ZH', platform: 'slack', locale: 'zh-CN' });
    expect(zh.text).toContain('公开磋商');
  });
});

describe('calendar files and the feed in the reader’s language', () => {
  it('/cwg ics: the words inside the file and the item text are the caller’s', async () => {
    const t = await makeTestBot({ now: '2025-01-15T09:00:00+01:00' });
    await t.ask('edit hlpf-2025-comments title.fr="Commentaires écrits sur le projet"');
    const fr = await t.bot.handle('ics hlpf-2025-comments', FR);
    const ics = fr.file!.content.replace(/\r\n[ \t]/g, '');
    expect(ics).toContain('SUMMARY:Échéance\u202f: Commentaires écrits sur le projet');
    expect(ics).toMatch(/DESCRIPTION:Échéance demain\u202f: Commentaires écrits sur le projet/);
    const en = await t.bot.handle('ics hlpf-2025-comments', EN);
    expect(en.file!.content.replace(/\r\n[ \t]/g, '')).toContain('SUMMARY:Deadline: Written comments on the first draft');
  });

  it('the feed takes ?lang=, normalised into the cache key (lang=FR-ch is lang=fr; the default language is the view without it)', async () => {
    const t = await makeTestBot({ now: '2025-01-15T09:00:00+01:00' });
    await t.ask('edit hlpf-2025-comments title.fr="Commentaires écrits sur le projet"');
    const en = messagesFor('en');
    const items = t.store.read().items;
    const q = (s: string) => parseFeedQuery(new URLSearchParams(s), items, en);
    expect(q('lang=FR-ch&tags=hlpf').key).toBe(q('tags=hlpf&lang=fr').key);
    expect(q('lang=fr').key).not.toBe(q('').key);
    expect(q('lang=en').key).toBe(q('').key);
    expect(q('lang=en').lang).toBeUndefined();
    expect(() => q('lang=de')).toThrow(/lang.*ar, zh, en, fr, ru, es/s);
    expect(parseFeedQuery(new URLSearchParams('lang=en'), items, messagesFor('fr')).key).toBe('tags=&who=&lang=en');

    const cache = new FeedCache(en);
    const data = t.store.read();
    const french = (await cache.view(data, q('id=hlpf-2025-comments&lang=fr'))).built.ics.replace(/\r\n[ \t]/g, '');
    const english = (await cache.view(data, q('id=hlpf-2025-comments'))).built.ics.replace(/\r\n[ \t]/g, '');
    expect(french).toContain('SUMMARY:Échéance\u202f: Commentaires écrits sur le projet');
    expect(english).toContain('SUMMARY:Deadline: Written comments');
    const all = (await cache.view(data, q('lang=zh'))).built.ics.replace(/\r\n[ \t]/g, '');
    expect(all).toMatch(/X-WR-CALNAME:.*[\u4e00-\u9fff]/);
  });
});
