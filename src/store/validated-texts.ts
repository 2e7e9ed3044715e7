import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';

/**
 * Data-file texts already proved valid, by SHA-256 of their exact bytes. Each `npx cwg …` is a new
 * process that would otherwise validate the whole file with the data schema again (the largest part
 * of a read-only command's time) although the file rarely changed since the last command.
 *
 * Why a hit is as good as validating: a text is remembered only when the full validation accepted it
 * and its result was the text's own JSON, key for key in the same order (no default filled in, no
 * migration), so the JSON of a text with the same hash *is* what validation would return. The answer
 * of validation depends only on the text, the code (the build's id: its sources' content hash) and the
 * Node/ICU the zones and dates are checked with, which together are the list's `key`: any other
 * build or runtime finds the list foreign and validates again. A text whose hash is not listed (any
 * change to the file at all) goes through the full validation, refusal message included.
 */
export interface ValidatedTexts {
  /** Whether exactly this text was proved valid by this build on this runtime. */
  has(text: string): boolean;
  /** Remembers the text (called only after the full validation returned the text's own JSON). */
  add(text: string): void;
}

/** How many texts are kept: the data files of the few setups (production, a rehearsal copy, tests) one machine uses. */
const KEEP = 8;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** What validation depends on besides the text: the build and the runtime's zone and Unicode data. */
export function validationKey(buildId: string): string {
  const v = process.versions;
  return [buildId, v.node, v.icu, v.tz, v.unicode].join(' ');
}

/**
 * The list kept in `file` (in dist/, beside the code it is valid for). Unreadable or foreign: empty.
 * Not writable (a read-only install): nothing is remembered and every run validates, as before.
 */
export function validatedTextsIn(file: string, key: string): ValidatedTexts {
  let hashes: string[] | undefined;
  const load = (): string[] => {
    if (hashes) return hashes;
    try {
      const saved = JSON.parse(readFileSync(file, 'utf8')) as { key?: unknown; sha256?: unknown };
      const list = saved.key === key && Array.isArray(saved.sha256) ? saved.sha256 : [];
      hashes = list.filter((h): h is string => typeof h === 'string' && /^[0-9a-f]{64}$/.test(h));
    } catch {
      hashes = [];
    }
    return hashes;
  };
  return {
    has: (text) => load().includes(sha256(text)),
    add(text) {
      const hash = sha256(text);
      const next = [hash, ...load().filter((h) => h !== hash)].slice(0, KEEP);
      hashes = next;
      // A uniquely named temp file renamed over the list: a process reading it meanwhile sees the old or the new list.
      const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
      try {
        writeFileSync(tmp, `${JSON.stringify({ key, sha256: next })}\n`);
        renameSync(tmp, file);
      } catch {
        try {
          rmSync(tmp, { force: true });
        } catch {
          // nothing was written: there is nothing to clean up either
        }
      }
    },
  };
}
