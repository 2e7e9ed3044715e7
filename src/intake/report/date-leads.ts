/** The words before a date that say how it binds ("by" a deadline, "from" a start). */
export const LEADS = [
  'not later than',
  'no later than',
  'as of',
  'as at',
  'by',
  'on',
  'until',
  'till',
  'from',
  'since',
  'before',
  'after',
  'in',
  'of',
  'for',
  'at',
  'during',
  'between',
  'to',
  'the week of',
];

export function leadOf(sentence: string, index: number): string {
  const before = sentence.slice(Math.max(0, index - 30), index).toLowerCase();
  for (const lead of LEADS) {
    if (before.endsWith(`${lead} `) && (before.length === lead.length + 1 || /[\s(,]/.test(before[before.length - lead.length - 2] ?? ' '))) {
      return sentence.slice(index - lead.length - 1, index - 1);
    }
  }
  return '';
}
