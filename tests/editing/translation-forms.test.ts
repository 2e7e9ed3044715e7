import { describe, expect, it } from 'vitest';
import { changeItem } from '../../src/editing/api.js';
import { readTranslationLines } from '../../src/editing/translation-lines.js';
import { ValidationError } from '../../src/errors.js';
import { formErrors } from '../../src/i18n/form-errors.js';
import { messagesFor } from '../../src/i18n/index.js';
import { buildModal } from '../../src/platforms/slack/modal-views.js';
import { formValuesOf, renderEditForm } from '../../src/render/teams-forms.js';
import { makeTestBot } from '../support/fixtures.js';

const META = { actor: { id: 'operator', platform: 'cli' as const }, surface: 'cli' as const, now: new Date('2025-01-15T09:00:00+01:00') };

describe('the Translations box of the Slack modal and the Teams edit form', () => {
  it('shows the item’s translations one per line, and reads back only what the editor changed', async () => {
    const t = await makeTestBot();
    await changeItem(t.store, 'igf-2025', { 'title.fr': 'Forum sur la gouvernance de l’Internet 2025', 'notes.ru': 'ФУИ 2025.' }, META);
    const item = t.store.read().items.find((it) => it.id === 'igf-2025')!;
    const shown = formValuesOf(item).translations;
    expect(shown).toBe('title.fr=Forum sur la gouvernance de l’Internet 2025\nnotes.ru=ФУИ 2025.');
    const en = messagesFor('en');
    expect(JSON.stringify(buildModal({ op: 'edit', itemId: item.id }, item, en))).toContain(JSON.stringify(shown).slice(1, -1));
    expect(JSON.stringify(renderEditForm({ msg: en, item, values: formValuesOf(item) }))).toContain('"id":"translations"');

    expect(readTranslationLines(shown, item.translations)).toEqual({});
    // One line changed, one deleted (removes it), one added.
    const edited = readTranslationLines('title.fr=Forum de l’Internet 2025\nplace.es=Lillestrøm (Noruega)', item.translations);
    expect(edited).toEqual({ 'title.fr': 'Forum de l’Internet 2025', 'place.es': 'Lillestrøm (Noruega)', 'notes.ru': '' });
    await changeItem(t.store, 'igf-2025', edited, META);
    expect(t.store.read().items.find((it) => it.id === 'igf-2025')!.translations).toEqual({
      fr: { title: 'Forum de l’Internet 2025' },
      es: { place: 'Lillestrøm (Noruega)' },
    });
  });

  it('refuses a line that is not field.lang=text, beside the box, in the editor’s words', () => {
    let err: unknown;
    try {
      readTranslationLines('titre.fr=Forum', undefined);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ValidationError);
    expect(formErrors(err, messagesFor('es'))?.fields.translations).toContain('«titre.fr=Forum»: una traducción se escribe title, place o notes');
  });
});
