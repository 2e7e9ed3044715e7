import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { printAST } from '@formatjs/icu-messageformat-parser/printer.js';
import { ICU_OPTIONS } from '../../src/i18n/messages.js';

/** The ICU tree of one message, parsed as the bot compiles it (tags are text). Throws on a syntax error. */
export function parseMessage(text: string): MessageFormatElement[] {
  return parse(text, { ...ICU_OPTIONS, requiresOtherClause: true });
}

const KIND: Partial<Record<TYPE, string>> = {
  [TYPE.argument]: 'text',
  [TYPE.number]: 'number',
  [TYPE.date]: 'date',
  [TYPE.time]: 'time',
  [TYPE.select]: 'select',
  [TYPE.plural]: 'plural',
};

/**
 * The placeholders a message uses, as "name:kind" (kind: text, number, date, time, select, plural), sorted.
 * Two catalogues agree on an id when these sets are equal: a translation may reorder placeholders and
 * choose other plural categories, but must use the same names the same way.
 */
export function placeholdersOf(text: string): string[] {
  const found = new Set<string>();
  const walk = (nodes: MessageFormatElement[]) => {
    for (const node of nodes) {
      const kind = KIND[node.type];
      if (kind && 'value' in node) found.add(`${node.value}:${kind}`);
      if (node.type === TYPE.select || node.type === TYPE.plural) for (const option of Object.values(node.options)) walk(option.value);
      if (node.type === TYPE.tag) walk(node.children);
    }
  };
  walk(parseMessage(text));
  return [...found].sort();
}

/** Plural and select keys per placeholder ("n:one,other"), to check that each plural has the categories a language needs. */
export function choicesOf(text: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const walk = (nodes: MessageFormatElement[]) => {
    for (const node of nodes) {
      if (node.type === TYPE.select || node.type === TYPE.plural) {
        out[node.value] = [...new Set([...(out[node.value] ?? []), ...Object.keys(node.options)])].sort();
        for (const option of Object.values(node.options)) walk(option.value);
      }
    }
  };
  walk(parseMessage(text));
  return out;
}

/** Rewrites the literal text of a message (placeholders, plural and select structure untouched). */
export function mapLiterals(text: string, fn: (literal: string) => string): string {
  const walk = (nodes: MessageFormatElement[]): MessageFormatElement[] =>
    nodes.map((node) => {
      if (node.type === TYPE.literal) return { ...node, value: fn(node.value) };
      if (node.type === TYPE.select || node.type === TYPE.plural) {
        return {
          ...node,
          options: Object.fromEntries(Object.entries(node.options).map(([k, o]) => [k, { ...o, value: walk(o.value) }])),
        } as MessageFormatElement;
      }
      return node;
    });
  return printAST(walk(parseMessage(text)));
}
