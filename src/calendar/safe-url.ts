/** Which links the bot may store, show and serve: pure, shared by importers, renderers and the feed. */

const SAFE_SCHEMES = new Set(['https:', 'http:', 'mailto:']);

/**
 * A link the bot may show or serve: https:, http: or mailto: only (never javascript:, data:, file:…),
 * no controls or spaces, at most `max` characters. Returns the normalised address, or undefined.
 */
export function cleanUrl(raw: string, max = 500): string | undefined {
  const text = String(raw).trim();
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a URL with controls or spaces is refused
  if (!text || text.length > max || /[\u0000-\u0020\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/.test(text)) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (!SAFE_SCHEMES.has(url.protocol)) return undefined;
  if (url.protocol !== 'mailto:' && !url.hostname) return undefined;
  return url.href.length <= max ? url.href : undefined;
}

/** A web page's address (a document's link): what cleanUrl accepts, without mailto:. */
export function cleanWebUrl(raw: string, max = 500): string | undefined {
  const url = cleanUrl(raw, max);
  return url && /^https?:/.test(url) ? url : undefined;
}
