/** Splits a paragraph into sentences, keeping abbreviations used in ITU reports ("Doc.", "Rev.", "Ms") whole. */
export interface Sentence {
  text: string;
  /** 0 for the paragraph's text; 1.. for its bullets. */
  bullet: number;
}

const ABBREV = /\b(?:Doc|Docs|Rev|Mod|Mr|Ms|Mrs|Dr|No|Nos|para|paras|Res|Vol|e\.g|i\.e|etc|cf|Add|Corr|Ann|art|St|a\.m|p\.m)\.$/i;

export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const re = /[.;!?](?=\s+[A-Z“"(‘]|\s*$)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + 1;
    const chunk = text.slice(start, end);
    if (ABBREV.test(chunk) || /\b[A-Z]\.$/.test(chunk)) continue;
    if (chunk.trim()) out.push(chunk.trim());
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}
