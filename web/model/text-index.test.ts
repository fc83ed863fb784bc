import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexText } from './text-index';

function scan(text: string, exact: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) starts.push(at);
  return starts;
}

/** Few distinct characters, so that strings repeat and overlap; astral and lone surrogates too. */
const char = fc.constantFrom('a', 'b', ' ', '-', '“', '𝒜', '\ud835', '\n');
const text = fc.array(char, { maxLength: 400 }).map((chars) => chars.join(''));

describe('indexText', () => {
  it('finds what indexOf finds, for substrings of the text', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat({ max: 40 }), (t, from, length) => {
        const start = t.length === 0 ? 0 : from % t.length;
        const exact = t.slice(start, start + length);
        expect(indexText(t)(exact)).toEqual(exact === '' ? [] : scan(t, exact));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds what indexOf finds, for any string', () => {
    fc.assert(
      fc.property(text, fc.array(char, { maxLength: 30 }), (t, chars) => {
        const exact = chars.join('');
        expect(indexText(t)(exact)).toEqual(exact === '' ? [] : scan(t, exact));
      }),
      { numRuns: 2000 },
    );
  });

  it('answers many queries on a long text', () => {
    const sentences = Array.from(
      { length: 5000 },
      (_, i) => `Actor ${i % 97} met actor ${i % 89} under record ${i}, and both sides agreed.`,
    );
    const long = sentences.join(' ');
    const find = indexText(long);
    for (const i of [0, 1, 2500, 4999]) {
      expect(find(sentences[i]!)).toEqual([long.indexOf(sentences[i]!)]);
    }
    expect(find('both sides agreed')).toEqual(scan(long, 'both sides agreed'));
    expect(find('under record 12,')).toEqual(scan(long, 'under record 12,'));
    expect(find('not in the text at all')).toEqual([]);
  });
});
