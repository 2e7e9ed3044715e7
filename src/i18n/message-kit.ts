import type { MessageId, Translator } from './translator.js';

/** What the message builders share: the translator and a few wordings every group joins its words with. */
export interface MessageKit {
  t: Translator['t'];
  /** A quoted text in the catalogue's quotes. */
  q: (text: string) => string;
  /** Between items of a list ("a, b"). */
  sep: string;
  /** "a, b and c" in the catalogue's words. */
  listAnd: (items: readonly string[]) => string;
  /** The messages `<prefix>.<key>` of these keys, by key. */
  record: <K extends string>(keys: readonly K[], prefix: string) => Record<K, string>;
  /** Alternative examples joined by the catalogue's "or". */
  examples: (example: string) => string;
}

export function messageKit(tr: Translator): MessageKit {
  const t = tr.t;
  const sep = t('list.separator');
  return {
    t,
    q: (text) => t('quote', { text }),
    sep,
    listAnd: (items) => (items.length > 1 ? `${items.slice(0, -1).join(sep)}${t('list.and')}${items.at(-1)}` : (items[0] ?? '')),
    record: <K extends string>(keys: readonly K[], prefix: string) =>
      Object.fromEntries(keys.map((k) => [k, t(`${prefix}.${k}` as MessageId)])) as Record<K, string>,
    // The date reader names alternative examples joined by " or " (src/editing/parse-date.ts): join them in the catalogue's words.
    examples: (example) => example.split(' or ').join(t('list.or')),
  };
}
