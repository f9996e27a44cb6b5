const SPECIAL: Readonly<Record<string, string>> = Object.freeze({
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', þ: 'th', ð: 'd', ı: 'i', ŀ: 'l',
});

function isAsciiLetters(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) | 0x20;
    if (c < 0x61 || c > 0x7a) return false;
  }
  return s.length > 0;
}

/** Lower-case ASCII with accents folded (é→e, ß→ss) and everything else kept as is. */
export function foldAscii(s: string): string {
  const lower = s.toLowerCase();
  let out = '';
  for (const ch of lower.normalize('NFD')) {
    const code = ch.charCodeAt(0);
    if (code >= 0x300 && code <= 0x36f) continue;
    out += SPECIAL[ch] ?? ch;
  }
  return out;
}

/**
 * A name reduced to lower-case ASCII letters only: "O'Brien" → "obrien",
 * "José-Luis" → "joseluis". Fast path for names that are already plain letters.
 */
export function nameLetters(name: string): string {
  if (isAsciiLetters(name)) return name.toLowerCase();
  return foldAscii(name).replace(/[^a-z]+/g, '');
}

/** A DNS-safe slug: lower-case ASCII letters and digits joined by single hyphens. */
export function slugify(text: string, maxLength = 40): string {
  const slug = foldAscii(text).replace(/&/g, ' and ').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  return slug.slice(0, maxLength).replace(/-+$/, '');
}
