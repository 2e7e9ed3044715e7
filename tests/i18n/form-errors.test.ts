import { describe, expect, it } from 'vitest';
import { errorReply } from '../../src/dispatch/error-reply.js';
import { ConfirmationNeededError, CwgError, DateParseError, PermissionError, StoreError, ValidationError } from '../../src/errors.js';
import { formErrors } from '../../src/i18n/form-errors.js';
import { messagesFor } from '../../src/i18n/index.js';
import { memoryLogger } from '../../src/log.js';
import { EDIT_FORM_FIELDS } from '../../src/render/teams-forms.js';

const en = messagesFor('en');
const slack = (err: unknown) => formErrors(err, en);
const teams = (err: unknown) => formErrors(err, en, { inputs: EDIT_FORM_FIELDS, fallback: '_form' });
const text = (err: unknown) => errorReply(err, en, memoryLogger()).intro!;

describe('one form-error mapper for the text reply, the Slack modal and the Teams card', () => {
  it('a date that cannot be read: the sentence of the text command, never the internal code', () => {
    const err = new DateParseError('notReal', '31 February 2025', '2025-02-28 or 28 February 2025');
    const sentence = '"31 February 2025" is not a real calendar date. Write it like 2025-02-28 or 28 February 2025.';
    expect(text(err)).toEqual([sentence]);
    expect(slack(err)).toEqual({ fields: { date: sentence }, askConfirm: false });
    expect(teams(err)).toEqual({ fields: { date: sentence }, askConfirm: false });
  });

  it('field problems: the same words beside the input as after "• field:" in text', () => {
    const err = new ValidationError({
      title: { code: 'tooLong', data: { n: 250, limit: 200 } },
      who: { code: 'badActor', data: { word: 'everybody', actors: ['members', 'chair'] } },
    });
    expect(text(err)).toEqual([
      'That change was not made:',
      '• title: is 250 characters; keep it under 200',
      '• who: "everybody" is not one of members, chair',
    ]);
    expect(slack(err)!.fields).toEqual({ title: 'is 250 characters; keep it under 200', who: '"everybody" is not one of members, chair' });
    // A field the Teams card has no input for is named on the form's own line.
    const cardless = new ValidationError({ id: { code: 'badId' } });
    expect(teams(cardless)!.fields).toEqual({ _form: '• id: ids are 2-64 lowercase letters, digits and hyphens, e.g. igf-2025' });
  });

  it('problems of a calendar JSON import are headed "Nothing was imported", not "That change was not made"', () => {
    expect(text(new ValidationError({ file: { code: 'fileNotJson', data: { position: 16 } } }))).toEqual([
      'Nothing was imported; the calendar JSON has these problems:',
      '• file: is not valid JSON (at character 16)',
    ]);
    // A mix with an ordinary field stays the editing heading.
    expect(text(new ValidationError({ file: { code: 'fileShape' }, title: { code: 'tooLong', data: { n: 250, limit: 200 } } }))[0]).toBe(
      'That change was not made:',
    );
  });

  it('a far date asks to confirm, in words, on every surface', () => {
    const err = new ConfirmationNeededError({ code: 'farAhead', day: '2040-01-01' }, 'date');
    expect(text(err)).toEqual([
      'Please confirm: 2040-01-01 is more than three years ahead. If that is right, send the same command again with "confirm" at the end.',
    ]);
    expect(teams(err)).toEqual({ fields: { date: '2040-01-01 is more than three years ahead' }, askConfirm: true });
    expect(en.slack.modal.confirmField(slack(err)!.fields.date!)).toBe('2040-01-01 is more than three years ahead. Press Save again to confirm.');
  });

  it("a store write the schema refuses is a sentence for people, the schema's detail only in the log", () => {
    const log = memoryLogger();
    const detail = 'change refused, it would make the data invalid: items.3.title: Too big: expected string to have <=200 characters';
    const reply = errorReply(new StoreError('WRITE_REJECTED', detail, '/data/cwg.db.json'), en, log);
    expect(reply.intro).toEqual([en.error.writeRejected]);
    expect(reply.intro!.join()).not.toMatch(/items\.3|Too big/);
    expect(log.lines.join('\n')).toContain('Too big');
    expect(errorReply(new StoreError('STORE_CLOSED', 'the store is closed', 'x'), en, log).intro).toEqual([en.error.storeClosed]);
    // Any other typed error without words of its own: the internal-error sentence, never its log message.
    expect(errorReply(new CwgError('SOMETHING', 'internal detail'), en, log).intro).toEqual([en.error.internal]);
    expect(errorReply(new PermissionError({ action: 'changeCalendar' }), en, log).intro).toEqual([en.error.forbidden('change the calendar')]);
  });
});
