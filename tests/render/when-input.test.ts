import { describe, expect, it } from 'vitest';
import { ItemSchema } from '../../src/calendar/schema.js';
import { parseDate } from '../../src/editing/parse-date.js';
import { messagesFor } from '../../src/i18n/index.js';
import { buildModal } from '../../src/platforms/slack/modal-views.js';
import { formValuesOf } from '../../src/render/teams-forms.js';
import { whenToInput } from '../../src/render/when-input.js';

const timedItem = (when: unknown) =>
  ItemSchema.parse({ id: 'wsis-forum', kind: 'event', title: 'WSIS Forum', when, status: 'confirmed', source: { document: 'd', paragraph: '1' } });

/** The date input of the Slack edit modal, as Slack would show it. */
function slackPrefill(item: ReturnType<typeof timedItem>): unknown {
  const date = buildModal({ op: 'edit', itemId: item.id }, item, messagesFor()).blocks.find((b) => b.block_id === 'date');
  return (date as { element?: { initial_value?: unknown } } | undefined)?.element?.initial_value;
}

describe('prefilled dates in the edit forms', () => {
  it('a timed item over several days reads the same in the Slack modal and the Teams card: its first day and start', () => {
    const item = timedItem({ type: 'datetime', start: '2025-07-07T10:00', end: '2025-07-11T17:00', tz: 'Europe/Zurich' });
    expect(whenToInput(item.when)).toBe('2025-07-07 10:00 Europe/Zurich');
    expect(formValuesOf(item).date).toBe('2025-07-07 10:00 Europe/Zurich');
    expect(slackPrefill(item)).toBe('2025-07-07 10:00 Europe/Zurich');
    // not a same-day range the reader would take for 10:00-17:00 on the first day
    expect(parseDate(formValuesOf(item).date)).toEqual({ type: 'datetime', start: '2025-07-07T10:00', tz: 'Europe/Zurich' });
  });

  it('a same-day timed item keeps its end time on both, and reads back unchanged', () => {
    const item = timedItem({ type: 'datetime', start: '2025-07-07T13:30', end: '2025-07-07T14:30', tz: 'Europe/Zurich' });
    expect(formValuesOf(item).date).toBe('2025-07-07 13:30-14:30 Europe/Zurich');
    expect(slackPrefill(item)).toBe(formValuesOf(item).date);
    expect(parseDate(formValuesOf(item).date)).toEqual(item.when);
  });
});
