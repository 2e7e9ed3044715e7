import { GENEVA } from '../../calendar/schema.js';
import { isValidTimeZone } from '../../calendar/validate.js';
import type { When } from '../../calendar/when-schema.js';
import { parseDate } from '../../editing/parse-date.js';
import { DateParseError } from '../../errors.js';
import type { TableField } from './columns.js';
import type { Cell, SheetRow } from './table-cells.js';
import type { ReportRowError } from './table-row-error.js';

/* A row's date, time, zone and end cells → a When; numeric dates read in the order their column settles. */

const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/;

/** Day/month order of a column's numeric dates, when its own rows settle it. */
export function numericOrder(texts: string[]): 'dmy' | 'mdy' | undefined {
  let dmy = false;
  let mdy = false;
  for (const t of texts) {
    const m = NUMERIC.exec(t.split(/\s+/)[0] ?? '');
    if (!m) continue;
    if (Number(m[1]) > 12) dmy = true;
    if (Number(m[2]) > 12) mdy = true;
  }
  return dmy === mdy ? undefined : dmy ? 'dmy' : 'mdy';
}

function numericToIso(text: string, order: 'dmy' | 'mdy' | undefined): string | 'ambiguous' | undefined {
  const [first, ...rest] = text.split(/\s+/);
  const m = NUMERIC.exec(first ?? '');
  if (!m) return undefined;
  if (!order) return 'ambiguous';
  const [a, b] = [Number(m[1]), Number(m[2])];
  const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  const [day, month] = order === 'dmy' ? [a, b] : [b, a];
  return [`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, ...rest].join(' ');
}

function readDateCell(c: Cell, field: 'date' | 'end', order: 'dmy' | 'mdy' | undefined, err: ReportRowError): When | undefined {
  let text = c.date ? (c.time ? `${c.date} ${c.time}` : c.date) : c.text;
  const numeric = numericToIso(text, order);
  if (numeric === 'ambiguous') {
    err(field, 'ambiguousDate', c.text);
    return undefined;
  }
  if (numeric) text = numeric;
  try {
    return parseDate(text);
  } catch (e) {
    if (e instanceof DateParseError) err(field, 'date', c.text, { problem: e.problem });
    else err(field, 'date', c.text);
    return undefined;
  }
}

const TIME = /^(\d{1,2})[:h.](\d{2})(?:\s*(?:-|–|—|to)\s*(\d{1,2})[:h.](\d{2}))?$/i;
const ZONE_WORDS: Record<string, string> = { cet: GENEVA, cest: GENEVA, geneva: GENEVA, utc: 'UTC', gmt: 'UTC', z: 'UTC' };

export function readWhen(
  r: SheetRow,
  cell: (r: SheetRow, f: TableField) => Cell,
  order: 'dmy' | 'mdy' | undefined,
  defaultZone: string,
  err: ReportRowError,
): When | undefined {
  const dateCell = cell(r, 'date');
  if (!dateCell.text) {
    err('date', 'required');
    return undefined;
  }
  let when = readDateCell(dateCell, 'date', order, err);
  if (!when) return undefined;
  const zoneText = cell(r, 'zone').text;
  let zone = defaultZone;
  if (zoneText) {
    const z = ZONE_WORDS[zoneText.toLowerCase()] ?? zoneText;
    if (!isValidTimeZone(z)) {
      err('zone', 'zone', zoneText);
      return undefined;
    }
    zone = z;
  }
  const timeCell = cell(r, 'time');
  const timeText = timeCell.time ?? timeCell.text;
  if (timeText) {
    const t = TIME.exec(timeText);
    const ok = (h?: string, m?: string) => h === undefined || (Number(h) < 24 && Number(m) < 60);
    if (!t || !ok(t[1], t[2]) || !ok(t[3], t[4]) || when.type !== 'date' || when.end) {
      err('time', 'time', timeText);
      return undefined;
    }
    const hm = (h: string, m: string) => `${h.padStart(2, '0')}:${m}`;
    const start = `${when.start}T${hm(t[1]!, t[2]!)}`;
    const end = t[3] ? `${when.start}T${hm(t[3], t[4]!)}` : undefined;
    if (end && end <= start) {
      err('time', 'time', timeText);
      return undefined;
    }
    when = { type: 'datetime', start, ...(end ? { end } : {}), tz: zone };
  } else if (when.type === 'datetime' && zoneText) when = { ...when, tz: zone };
  const endCell = cell(r, 'end');
  if (endCell.text) {
    // null: readDateCell has already reported the cell; undefined: an Excel time-only cell (no date).
    const end = endCell.time && !endCell.date ? undefined : (readDateCell(endCell, 'end', order, err) ?? null);
    if (when.type === 'date' && end?.type === 'date' && !end.end && end.start >= when.start && !when.end) {
      return end.start === when.start ? when : { type: 'date', start: when.start, end: end.start };
    }
    const endTime = endCell.time ?? (TIME.exec(endCell.text) ? endCell.text : undefined);
    if (when.type === 'datetime' && !when.end && endTime && /^\d{1,2}[:h.]\d{2}$/.test(endTime)) {
      const [h, m] = endTime.split(/[:h.]/);
      const e = `${when.start.slice(0, 10)}T${h!.padStart(2, '0')}:${m}`;
      if (e > when.start) return { ...when, end: e };
    }
    if (when.type === 'datetime' && !when.end && end?.type === 'datetime' && end.start > when.start) return { ...when, end: end.start };
    if (end !== null) err('end', 'end', endCell.text);
    return undefined;
  }
  return when;
}
