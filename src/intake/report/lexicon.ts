import type { Actor } from '../../calendar/schema.js';

/**
 * A small general lexicon of bodies and processes ITU groups report on: names and acronyms → tag, and the
 * kind of thing the acronym names when it is used alone ("the IGF" is a forum). Keyed to bodies, not to
 * any report's sentences.
 */
export interface Body {
  tag: string;
  /** Regex source matching the body's names in text (case-sensitive where acronyms could be words). */
  names: RegExp;
  /** The long names folded to the acronym when comparing names ("Internet Governance Forum" ≡ "IGF"). */
  long?: RegExp;
  acronym?: string;
  /** An acronym that is itself an event ("IGF 2025", "WTDC-25", "Council 2025"), with its head noun. */
  eventHead?: string;
}

export const BODIES: Body[] = [
  { tag: 'igf', names: /\bIGF\b|Internet Governance Forum/, long: /internet governance forum/gi, acronym: 'igf', eventHead: 'forum' },
  {
    tag: 'cstd',
    names: /\bCSTD\b|Commission on Science and Technology for Development/,
    long: /commission on science and technology for development/gi,
    acronym: 'cstd',
  },
  { tag: 'wsis20', names: /WSIS\s*\+\s*20/ },
  {
    tag: 'hlpf',
    names: /\bHLPF\b|High-Level Political Forum/i,
    long: /high-level political forum(?: on sustainable development)?/gi,
    acronym: 'hlpf',
    eventHead: 'forum',
  },
  { tag: 'gdc', names: /\bGDC\b|Global Digital Compact/i, long: /global digital compact/gi, acronym: 'gdc' },
  { tag: 'ai', names: /\bAI\b|Artificial Intelligence|AI4Good|AI for Good/i },
  { tag: 'rdf', names: /\bRDFs?\b|Regional Development Forums?/, long: /regional development forums?/gi, acronym: 'rdf', eventHead: 'forum' },
  {
    tag: 'wtdc',
    names: /\bWTDC\b|World Telecommunication Development Conference/,
    long: /world telecommunication development conference/gi,
    acronym: 'wtdc',
    eventHead: 'conference',
  },
  {
    tag: 'wtsa',
    names: /\bWTSA\b|World Telecommunication Standardization Assembly/,
    long: /world telecommunication standardization assembly/gi,
    acronym: 'wtsa',
    eventHead: 'assembly',
  },
  { tag: 'wrc', names: /\bWRC\b|World Radiocommunication Conference/, long: /world radiocommunication conference/gi, acronym: 'wrc', eventHead: 'conference' },
  { tag: 'pp', names: /\bPP\b|Plenipotentiary Conference/, long: /plenipotentiary conference/gi, acronym: 'pp', eventHead: 'conference' },
  { tag: 'council', names: /\bCouncil\b(?! Working Group)(?! Resolution)|\bcouncillors\b/, acronym: 'council', eventHead: 'council' },
  { tag: 'unesco', names: /\bUNESCO\b/ },
  { tag: 'unga', names: /\bUNGA\b|General Assembly/, long: /(?:un )?general assembly/gi, acronym: 'unga' },
  { tag: 'ecosoc', names: /\bECOSOC\b/ },
  { tag: 'g20', names: /\bG20\b/ },
  { tag: 'ungis', names: /\bUNGIS\b/ },
  { tag: 'action-lines', names: /Action Lines?\b/i },
  { tag: 'call-for-inputs', names: /call for inputs?|calls? for contributions/i },
  { tag: 'consultation', names: /\bconsultation(?:s)?\b/i },
  { tag: 'regional', names: /\bregional\b/i },
];

export const EVENT_HEADS =
  /^(?:meetings?|sessions?|segments?|forums?|summits?|conferences?|events?|side[- ]events?|reviews?|workshops?|assembl(?:y|ies)|consultations?|briefings?|symposi(?:um|a)|congress(?:es)?|webinars?|days|weeks?|expos?|drills?|dialogues?|hackathons?)$/i;
export const EVENT_MODIFIERS =
  /^(?:[a-z]+-level|online|annual|spring|summer|autumn|fall|winter|mid-year|biennial|inaugural|constitutive|inter-sessional|intersessional|regional|overall|high-level|open|joint|global|plenary|preparatory|consultative|ministerial|virtual|formal|informal|extraordinary|side|information|review|thematic|special|general)$/i;

/** Who must act, from the words naming them. Order matters: the first match wins for one name. */
const ACTOR_WORDS: [RegExp, Actor][] = [
  [/\b(?:Chair|Chairman|Chairperson|Vice-Chairs?)\b/, 'chair'],
  [/\bsecretariat\b|\bSecretary-General\b|\bBDT\b|\bTSB\b|\bBR\b|\bITU\b(?! Council| Member| membership)/i, 'secretariat'],
  [/\bcouncillors\b|\bCouncil members\b/i, 'councillors'],
  [/\ball stakeholders\b|\bstakeholders\b/i, 'all-stakeholders'],
  [/\bSectors\b|\bITU-[DTR]\b/, 'sectors'],
  [/\b(?:the )?group\b|\bmembers\b|\bMember States\b|\bmembership\b|\bdelegat(?:es|ions)\b|\bCWG\b|\bparticipants\b|\bcountries\b/i, 'members'],
];

export function actorsIn(words: string): Actor[] {
  const out: Actor[] = [];
  for (const part of words.split(/\s*(?:,|\band\b|\bas well as\b)\s*/)) {
    if (/\b(?:CSTD|UNESCO|UN DESA|UNCTAD|UNGIS|UN) secretariat\b/.test(part)) continue; // another body's secretariat
    for (const [re, actor] of ACTOR_WORDS) {
      if (re.test(part)) {
        if (!out.includes(actor)) out.push(actor);
        break;
      }
    }
  }
  return out;
}

export function tagsIn(text: string, group?: string): string[] {
  const tags = BODIES.filter((b) => b.names.test(text)).map((b) => b.tag);
  if ((group && text.includes(group)) || /\bCWG\b/.test(text)) tags.unshift('cwg');
  if (/\breports?\b/i.test(text)) tags.push('report');
  return [...new Set(tags)].slice(0, 8);
}

/** Folds a name to comparable tokens: long body names → acronyms, plurals and years dropped. */
export function nameTokens(name: string): string[] {
  // "the Commission's spring meeting": the possessive's "s" is no word of the name (it made two names alike).
  let s = name
    .replace(/[‑–—]/g, '-')
    .replace(/(\p{L})['’]s\b/gu, '$1')
    .replace(/[“”"‘’']/g, ' ');
  for (const b of BODIES) if (b.long && b.acronym) s = s.replace(b.long, ` ${b.acronym} `);
  s = s.replace(/\bRDFs\b/g, 'rdf').replace(/\b([A-Za-z]{2,})[-‑]\d{2}\b/g, '$1');
  const stop = new Set(['the', 'of', 'on', 'for', 'and', 'in', 'a', 'an', 'to', 'at', 'its', 'upcoming', 'itu', 'un', 'this', 'next']);
  return s
    .toLowerCase()
    .split(/[^a-z0-9+&-]+/)
    .map((t) => t.replace(/^-+|-+$/g, ''))
    .filter((t) => t && !stop.has(t) && !/^(?:19|20)\d{2}$/.test(t))
    .map((t) => (t.length > 4 && t.endsWith('s') && !t.endsWith('ss') ? t.slice(0, -1) : t));
}
