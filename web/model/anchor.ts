// Anchors a quote in a normalised text the way the W3C Web Annotation Data Model does: a
// TextQuoteSelector (exact, prefix, suffix) resolved to a TextPositionSelector (start, end).

export interface QuoteSelector {
  exact: string;
  prefix?: string;
  suffix?: string;
}

export type Anchoring =
  | { ok: true; start: number; end: number }
  | { ok: false; problem: 'not-found'; hint: string }
  | { ok: false; problem: 'ambiguous'; hint: string; starts: number[] };

function occurrences(text: string, exact: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) starts.push(at);
  return starts;
}

/** A short, single-line excerpt for messages. */
export function excerpt(text: string, start: number, length = 60): string {
  const slice = text.slice(start, start + length).replace(/\s+/g, ' ');
  return start + length < text.length ? `${slice}...` : slice;
}

/**
 * `find` gives every start of the quote in the text, ascending (by default one indexOf scan; for
 * many quotes in one long text, pass indexText(text) from ./text-index).
 */
export function anchorQuote(
  text: string,
  selector: QuoteSelector,
  find: (exact: string) => number[] = (exact) => occurrences(text, exact),
): Anchoring {
  const { exact, prefix = '', suffix = '' } = selector;
  if (exact.length === 0) return { ok: false, problem: 'not-found', hint: 'the quote is empty' };
  const all = find(exact);
  if (all.length === 0)
    return { ok: false, problem: 'not-found', hint: closestPassage(text, exact) };
  const matching = all.filter(
    (start) =>
      text.slice(0, start).endsWith(prefix) && text.startsWith(suffix, start + exact.length),
  );
  if (matching.length === 1) {
    const start = matching[0] ?? 0;
    return { ok: true, start, end: start + exact.length };
  }
  if (matching.length === 0) {
    return {
      ok: false,
      problem: 'not-found',
      hint: `the quote occurs ${all.length} time(s) but never with the given prefix/suffix; before the first it reads "${excerpt(text, Math.max(0, (all[0] ?? 0) - 30), 30)}"`,
    };
  }
  const where = matching.map((start) => `"...${text.slice(Math.max(0, start - 25), start)}"`);
  return {
    ok: false,
    problem: 'ambiguous',
    starts: matching,
    hint: `it occurs ${matching.length} times (preceded by ${where.join(', ')}); lengthen the quote or add a prefix or suffix`,
  };
}

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Says where the source differs from a quote that is not in it: either how far the quote
 * matches before it goes wrong, or, failing that, the passage sharing the most words.
 */
export function closestPassage(text: string, exact: string): string {
  let low = 0;
  let high = exact.length;
  // The longest start of the quote that the text contains.
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (text.includes(exact.slice(0, mid))) low = mid;
    else high = mid - 1;
  }
  if (low >= Math.min(12, exact.length - 1)) {
    const at = text.indexOf(exact.slice(0, low));
    return `the source matches "${exact.slice(0, low)}" then reads "${excerpt(text, at + low, 25)}" where the quote has "${exact.slice(low, low + 25)}"`;
  }
  const quoteWords = new Set(words(exact));
  const tokens = [...text.matchAll(/[\p{L}\p{N}]+/gu)];
  const width = Math.max(1, words(exact).length);
  let best = { score: -1, index: 0 };
  for (let i = 0; i + width <= tokens.length || (i === 0 && tokens.length > 0); i++) {
    let score = 0;
    for (let j = i; j < Math.min(tokens.length, i + width); j++) {
      if (quoteWords.has((tokens[j]?.[0] ?? '').toLowerCase())) score++;
    }
    if (score > best.score) best = { score, index: i };
  }
  const start = tokens[best.index]?.index ?? 0;
  return `closest passage starts "${excerpt(text, start)}"`;
}
