import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES, messagesFor } from '../../src/i18n/index.js';
import { sizeOver } from '../../src/i18n/intake-messages.js';

/** Why a file could not be imported, in words: what the reader found is worded in the reader's language. */
describe('import file errors', () => {
  it('a file whose content is not what its extension says: the content is named in the language, and nothing changed is said', () => {
    const en = messagesFor('en').intake;
    expect(en.fileError('TYPE_MISMATCH', { claimed: 'docx', found: 'binary' })).toBe(
      'The file is named as .docx but holds binary data. Rename it or export it again in the right format. Nothing was changed.',
    );
    expect(en.fileError('TYPE_MISMATCH', { claimed: 'pdf', found: 'txt' })).toContain('but holds plain text.');
    expect(en.fileError('TYPE_MISMATCH', { claimed: 'xlsx', found: 'docx' })).toContain('but is really a .docx file.');
    expect(messagesFor('fr').intake.fileError('TYPE_MISMATCH', { claimed: 'docx', found: 'binary' })).toContain('contient des données binaires');
    for (const lang of SUPPORTED_LANGUAGES.filter((l) => l !== 'en')) {
      const text = messagesFor(lang).intake.fileError('TYPE_MISMATCH', { claimed: 'docx', found: 'binary' });
      expect(text, lang).not.toMatch(/binary|\btxt\b/);
      expect(text, lang).toContain('docx');
    }
  });

  it('a file over CWG_IMPORT_MAX_MB is never shown as no bigger than the limit', () => {
    expect(sizeOver(15.46, 10)).toBe('15.5');
    expect(sizeOver(2, 1)).toBe('2.0');
    expect(sizeOver(47080 / (1024 * 1024), 0.01)).toBe('0.04');
    expect(sizeOver(10.04, 10)).toBe('10.04');
    expect(sizeOver(10.0001, 10)).toBe('10.001');
    expect(messagesFor('en').intake.fileError('TOO_BIG', { bytes: 47080, maxMb: 0.01 })).toBe(
      'The file is 0.04 MB; files up to 0.01 MB can be imported (CWG_IMPORT_MAX_MB). Nothing was changed.',
    );
  });
});
