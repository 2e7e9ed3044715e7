/** Catalogues → formatted text: message ids, ICU compilation once per message, and the plain joins that need no ICU. */
import { IntlMessageFormat } from 'intl-messageformat';
import en from './catalogues/en.js';

/** Every message id the bot knows: the English catalogue is the reference. */
export type MessageId = keyof typeof en;
/** A language's catalogue: may be partial while it is being translated (missing ids fall back to English). */
export type Catalogue = Partial<Record<MessageId, string>>;
/** The value a placeholder takes: text or a number (plural and select arguments). */
export type MessageValues = Record<string, string | number>;

/** ICU options shared by compilation and the placeholder checks: `<id>` in usage lines is text, not a tag. */
export const ICU_OPTIONS = { ignoreTag: true } as const;

/** Formats message ids of one catalogue; each message is compiled once, on first use, and kept. */
export interface Translator {
  /** The Intl locale (with its numbering system pinned) to format dates and numbers. */
  readonly locale: string;
  t(id: MessageId, values?: MessageValues): string;
  /** Ids this catalogue has (its own or English), e.g. to list the commands it describes. */
  ids(): MessageId[];
}

export function createTranslator(catalogue: Catalogue, wrap?: (text: string, id: MessageId) => string): Translator {
  const source = (id: MessageId): string => catalogue[id] ?? en[id];
  const base = source('meta.locale');
  const nu = source('meta.numberingSystem');
  const locale = nu && !base.includes('-u-') ? `${base}-u-nu-${nu}` : base;
  const compiled = new Map<MessageId, IntlMessageFormat | SimpleMessage | string>();
  const icu = (text: string) => new IntlMessageFormat(text, locale, undefined, ICU_OPTIONS);
  // A message without braces or apostrophes has no ICU syntax (tags are text, ICU_OPTIONS): it is its own
  // output, so it skips the parser. bindMessages reads hundreds of these at start (a third of `cwg`'s start).
  // One whose only syntax is plain `{name}` arguments and `''` (most of them) skips it too while its values are text.
  const compile = (id: MessageId): IntlMessageFormat | SimpleMessage | string => {
    let m = compiled.get(id);
    if (m === undefined) {
      const text = source(id);
      const simple = /[{}']/.test(text) ? simpleMessage(text) : undefined;
      if (!/[{}']/.test(text)) m = text;
      // no argument: the join is always a string
      else if (simple && !/[{}]/.test(text)) m = simple.format() ?? text;
      else m = simple ?? icu(text);
      compiled.set(id, m);
    }
    return m;
  };
  const format = (m: IntlMessageFormat | SimpleMessage, values?: MessageValues): string => {
    if (m instanceof IntlMessageFormat) return String(m.format(values));
    const text = m.format(values);
    if (text !== undefined) return text;
    // A number (formatted in the locale's digits) or a missing value (ICU's own error): the full formatter.
    m.full ??= icu(m.text);
    return String(m.full.format(values));
  };
  return {
    locale,
    t(id, values) {
      const m = compile(id);
      const text = typeof m === 'string' ? m : format(m, values);
      return wrap ? wrap(text, id) : text;
    },
    ids: () => Object.keys(en) as MessageId[],
  };
}

/** A message whose only ICU syntax is `{name}` arguments: literal text and names, alternating. */
interface SimpleMessage {
  text: string;
  /** The text with every argument's string value in place; undefined when a value is missing or not text. */
  format(values?: MessageValues): string | undefined;
  /** The ICU formatter, built the first time a value is not text. */
  full?: IntlMessageFormat;
}

const SIMPLE_MESSAGE = /^(?:[^{}']|'(?![{}<>])|\{[A-Za-z_][A-Za-z0-9_]*\})*$/;

/**
 * With ICU_OPTIONS, `{name}` given a string is that string, `''` is one apostrophe, and every other character
 * of a message without other braces is literal as long as no apostrophe stands before a brace or an angle
 * bracket (that would start quoted text), so such a message is a join (tests/i18n/simple-messages.test.ts
 * checks every catalogue's messages against IntlMessageFormat).
 */
export function simpleMessage(text: string): SimpleMessage | undefined {
  if (!SIMPLE_MESSAGE.test(text)) return undefined;
  const parts = text.split(/\{([A-Za-z_][A-Za-z0-9_]*)\}/).map((p, i) => (i % 2 ? p : p.replaceAll("''", "'")));
  return {
    text,
    format(values) {
      let out = parts[0]!;
      for (let i = 1; i < parts.length; i += 2) {
        const v = values?.[parts[i]!];
        if (typeof v !== 'string') return undefined;
        out += v + parts[i + 1]!;
      }
      return out;
    },
  };
}
