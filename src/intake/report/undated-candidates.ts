import type { Candidate } from './candidate-type.js';
import type { DateMention } from './date-mention.js';
import type { Entity, Reading, SentenceReading } from './mentions.js';
import { actionTitle, cap, entityTitle, sendToOf, tba, tidy } from './candidate-text.js';
import { subEventsIn } from './sub-events.js';
import { heldDuring } from './held-during.js';
import { SKIP_LEADS } from './candidate-words.js';

/** Praise of past occasions: history, not calendar (see undatedIn). */
const PAST_PRAISE = /\b(?:congratulat\w*|successful(?:ly)?)\b/i;

/** What the sentence names without a day: calls, funds, e-mail submissions, listed and held-during events, scheduled briefings, named events of a year. */
export function undatedIn(reading: Reading, s: SentenceReading): Candidate[] {
  const out: Candidate[] = [];
  const dated = s.dates.some((d) => d.start.day !== undefined && !SKIP_LEADS.test(d.lead));
  const period = reading.doc.periodStartYear;
  const calls = /\b(?:contribute|participate)[\w\s]*?\bto (?:all )?(?:the )?(?:((?:19|20)\d{2}) )?calls?,? (?:including|such as|namely)\s+([^.;]+)/i.exec(
    s.text,
  );
  if (calls) {
    for (const part of calls[2]!.split(/,\s*(?:and\s+|as well as\s+)?|\s+and\s+(?=the\s)|\s+as well as\s+/)) {
      const name = part
        .replace(/^(?:and|the)\s+/i, '')
        .replace(/^the\s+/i, '')
        .trim();
      if (name.length < 4 || !/^[A-Z]/.test(name)) continue;
      const year = calls[1] ?? /\b((?:19|20)\d{2})\b/.exec(name)?.[1];
      out.push(tba(s, 'deadline', `${name}${year && !name.includes(year) ? ` ${year}` : ''}`, name, year, 'deadline'));
    }
  }
  const fund = /\b(?:encouraged|invited|called upon)\s+to\s+contribute to (?:the )?([A-Z][^,.;]*?\b((?:19|20)\d{2}))\b/.exec(s.text);
  if (fund && !calls) out.push(tba(s, 'deadline', fund[1]!, fund[1]!, fund[2], 'deadline'));
  const email = /\b(?:can|may|should|are to) be (?:submitted|sent) to (?:the )?([\w.+-]+@[\w-]+(?:\.[\w-]+)+)/i.exec(s.text);
  if (email && !dated && !s.relatives.length) {
    const subject = /^(?:The |These |Such )?([\w\s+-]{2,60}?)\s+(?:can|may|should|are to)\b/.exec(s.text)?.[1] ?? 'Submissions';
    const named = /\b(?:a|an|the)\s+((?:[A-Z][\w+&-]*\s)+Reports?)\b/.exec(s.paragraph.text)?.[1];
    out.push({ ...tba(s, 'deadline', `${named ?? cap(subject)} submissions`, email[0], undefined, 'deadline'), sendTo: email[1]! });
  }
  // "side-events …: i) consultative meeting of …; and ii) UNGIS side-event": each an event at the parent.
  const list = /\b(?:side[- ]events?|events|sessions|meetings)\b[^:]{0,80}:\s*((?:[ivx]{1,4}|[a-h])\)\s*.+)$/i.exec(s.text);
  if (list) {
    const parent = parentIn(reading, s, list.index);
    for (const part of list[1]!.split(/;?\s*(?:and\s+)?\b(?:[ivx]{1,4}|[a-h])\)\s*/).filter((x) => x.trim().length > 3)) {
      const name = tidy(part.replace(/[;.]\s*(?:and)?\s*$/, ''));
      out.push({ ...tba(s, 'event', cap(name), name, undefined, 'event'), ...(parent ? { parent, date: { type: 'tba', approxFrom: parent } } : {}) });
    }
  }
  // Held at, during or alongside another event: dated by that event.
  // Praise of past occasions ("the successful convening of … and the side events held during …") is history, not calendar.
  const subs = PAST_PRAISE.test(s.text) ? [] : subEventsIn(reading, s);
  for (const sub of [...subs, ...(subs.length || dated ? [] : heldDuring(reading, s))]) {
    if (list && sub.index > list.index) continue; // already read as an item of the list
    out.push({
      ...tba(s, 'event', cap(sub.title), s.text.slice(sub.index, sub.endIndex), undefined, 'event'),
      parent: sub.parent,
      date: { type: 'tba', approxFrom: sub.parent },
      ...(sub.entity ? { entity: sub.entity } : {}),
    });
  }
  // "The Chair has scheduled a briefing with the co-facilitators": scheduled, date not given.
  const scheduled = /\b(?:has|have|had) scheduled (?:an?|the) ([\w\s-]{3,60}?)(?=[,.;]|\s+(?:since|as|because)\b)/i.exec(s.text);
  if (scheduled && !dated) out.push(tba(s, 'event', cap(scheduled[1]!), scheduled[0], undefined, 'event', true));
  // Named events with a year (or "at the X meeting"), no day printed: to be announced.
  if (!dated && !PAST_PRAISE.test(s.text)) {
    for (const { mention, entity } of s.events) {
      if (list && mention.index > list.index) continue; // already read as an item of the list
      if (mention.generic || entity.groupMeeting || !reading.entities.includes(entity)) continue;
      if (/\b(?:since|last amended|amended)\s+$/i.test(s.text.slice(Math.max(0, mention.index - 20), mention.index))) continue;
      const atThe = /\b(?:at|in|during)\s+the\s+$/i.test(s.text.slice(Math.max(0, mention.index - 12), mention.index));
      const year = mention.year ?? entity.year;
      if (year !== undefined && period !== undefined && year < period) continue;
      // "the next Plenipotentiary Conference": a future occurrence named without a date (names.ts).
      const next = entity.next === true && !/^(?:meeting|session)s?$/.test(entity.head);
      if (mention.year === undefined && !mention.month && !next && !(atThe && /^(?:meeting|session)$/.test(entity.head))) continue;
      if ((reading.doc.group && mention.name.includes(reading.doc.group)) || /\bCWG\b/.test(mention.name)) continue;
      if (year === undefined && !next && !/[A-Z]{2,}/.test(mention.name)) continue;
      out.push({
        ...tba(s, 'event', entityTitle(entity, reading), mention.name + (mention.month ? '' : ''), undefined, 'event'),
        entity,
        date: {
          type: 'tba',
          ...((entity.month ?? mention.month) ? { approx: (entity.month ?? mention.month)! } : year !== undefined ? { approx: String(year) } : {}),
        },
        wording: s.text.slice(mention.index, mention.endIndex),
      });
    }
  }
  return out;
}

/** Asked to deliver something, or told a deliverable will be sent, with no date: a deadline to be announced. */
const ASKED_TO_DELIVER =
  /\b(?:(?:was|were)\s+(?:also\s+)?requested\s+|requested\s+(?:the\s+)?(?:[\w&’'-]+\s+){1,3}?)to\s+(?:continue\s+(?:its|their)\s+work\s+[^,;]{0,40}?\s+and\s+)?(update|publish|submit|send|provide|establish|prepare|circulate|post|make available)\b/i;
const WILL_BE_SENT =
  /\b(?:an?|the)\s+((?:[\w-]+\s+){0,3}?(?:letter|report|roadmap|document|note|questionnaire|survey|template))\s+will\s+be\s+(?:sent|submitted|published|circulated|made available|issued|shared)\b/i;

export function undatedTask(reading: Reading, s: SentenceReading): Candidate | undefined {
  // Only where the paragraph proposes nothing else: its dated items already carry the action.
  const others = reading.sentences.filter((x) => x.paragraph === s.paragraph && x !== s);
  if (others.some((x) => x.dates.some((d) => d.start.day !== undefined) || x.relatives.length)) return undefined;
  const asked = ASKED_TO_DELIVER.exec(s.text);
  const sent = asked ? undefined : WILL_BE_SENT.exec(s.text);
  if (!asked && !sent) return undefined;
  const wording = (asked ?? sent)![0];
  const title = sent
    ? `${cap(sent[1]!)} sent`
    : actionTitle(s, s.text.replace(/\.$/, ''), { index: s.text.length, endIndex: s.text.length } as DateMention, 'deadline');
  return { ...tba(s, 'deadline', title, wording, undefined, 'deadline'), ...sendToOf(s.text) };
}

function parentIn(reading: Reading, s: SentenceReading, before: number): Entity | undefined {
  const named = [...s.events].reverse().find((e) => e.mention.index < before && reading.entities.includes(e.entity));
  return named?.entity;
}
