// Finds every occurrence of many strings in one long text without reading the whole text for
// each: an index of the text's q-grams (runs of q characters) by hash, and for each string a look
// at the places where its rarest q-gram occurs. Anchoring 37,000 quotes in a 5 MB source takes
// well under a second this way, instead of tens of seconds with one indexOf scan per quote.

/** Characters per indexed run; shorter strings are searched with indexOf. */
const q = 8;

/** Hash of the q characters of `text` from `at` (FNV-1a, then a final mix). */
function hashAt(text: string, at: number): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < q; k++) h = Math.imul(h ^ text.charCodeAt(at + k), 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return (h ^ (h >>> 12)) >>> 0;
}

function scan(text: string, exact: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) starts.push(at);
  return starts;
}

/**
 * Returns a function giving, in ascending order, every start of a string in `text`: the same
 * answer as calling indexOf from each found start on, for any string.
 */
export function indexText(text: string): (exact: string) => number[] {
  const windows = text.length - q + 1;
  if (windows < 1) return (exact) => (exact.length === 0 ? [] : scan(text, exact));
  // About four windows per bucket.
  const bits = Math.min(24, Math.max(4, Math.ceil(Math.log2(windows / 4))));
  const shift = 32 - bits;
  const buckets = 1 << bits;
  const first = new Int32Array(buckets + 1);
  for (let at = 0; at < windows; at++) first[(hashAt(text, at) >>> shift) + 1]!++;
  for (let b = 0; b < buckets; b++) first[b + 1]! += first[b]!;
  // Positions grouped by bucket, ascending within each (a counting sort).
  const positions = new Int32Array(windows);
  const fill = first.slice(0, buckets);
  for (let at = 0; at < windows; at++) positions[fill[hashAt(text, at) >>> shift]!++] = at;

  return (exact) => {
    if (exact.length === 0) return [];
    if (exact.length < q) return scan(text, exact);
    // The run of the string whose bucket holds the fewest places.
    let [offset, from, to] = [0, 0, Infinity];
    for (let k = 0; k + q <= exact.length; k++) {
      const bucket = hashAt(exact, k) >>> shift;
      const [start, end] = [first[bucket]!, first[bucket + 1]!];
      if (end - start < to - from) [offset, from, to] = [k, start, end];
    }
    const starts: number[] = [];
    for (let i = from; i < to; i++) {
      const start = positions[i]! - offset;
      if (start >= 0 && text.startsWith(exact, start)) starts.push(start);
    }
    return starts;
  };
}
