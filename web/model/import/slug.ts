// Ids made from names as people write them: "Côte d'Ivoire" -> "cote-divoire".

/** Letters that Unicode does not decompose into a Latin letter and a mark. */
const latin: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i',
};

/** Longest id made from a name; a longer one is cut at a hyphen. */
export const maxSlugLength = 60;

/**
 * Lower-case Latin words and digits joined by hyphens, which the schema accepts as an id;
 * empty when the text has no Latin letter or digit (then the caller picks a fallback).
 */
export function slug(text: string, maxLength = maxSlugLength): string {
  const words = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßæœøđðłþı]/g, (char) => latin[char] ?? '')
    // An apostrophe joins its word: "Pakistan's" -> "pakistans".
    .replace(/['’ʼ]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (words.length <= maxLength) return words;
  const cut = words.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut.slice(0, maxLength)).replace(/-+$/, '');
}

/** A slug not in `taken`, made so with a number: "china-pakistan-cooperation-2". */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
