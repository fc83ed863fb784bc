// Property tests of quote anchoring: for random texts and random quotes, an anchoring that
// succeeds always slices back to the quote, in the context its prefix and suffix give.
import { fuzzSuite } from './fuzz-suite';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorQuote, closestPassage, type Anchoring, type QuoteSelector } from './anchor';
import { normaliseSource } from './normalise';
import { indexText } from './text-index';

/** Runs of each property (fast-check numRuns); the closing note of the fuzz suite cites them. */
const anchorFuzzRuns = {
  substringWithContext: 10_000,
  substringWithWholeContext: 5000,
  anyQuote: 5000,
  indexedText: 3000,
  normalisedText: 3000,
} as const;

const timed = fuzzSuite('anchor fuzz', anchorFuzzRuns);

/** Characters that break naive text handling: controls, bidi, zero-width, BOM, astral, lone surrogates. */
const awkward = fc.constantFrom(
  '\u0000',
  '\t',
  '\n',
  '\r',
  '\u0085',
  '\u00a0',
  '\u00ad',
  '\u200b',
  '\u200d',
  '\u202e',
  '\u2028',
  '\u2066',
  '\ufeff',
  '\ud800',
  '\udc00',
  'e\u0301',
  '👍🏽',
  '’',
  '-',
);

/** Texts from a small alphabet repeat themselves, which is where prefix and suffix matter. */
const text = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', 'b', ' '), maxLength: 120 }),
  fc.string({ unit: fc.oneof(fc.constantFrom('a', 'b', ' ', 'ab'), awkward), maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

/** What an anchoring may claim, checked against the text itself. */
function checkAnchoring(source: string, selector: QuoteSelector, anchoring: Anchoring) {
  const { exact, prefix = '', suffix = '' } = selector;
  const fits = (start: number) =>
    Number.isInteger(start) &&
    start >= 0 &&
    start + exact.length <= source.length &&
    source.slice(start, start + exact.length) === exact &&
    source.slice(0, start).endsWith(prefix) &&
    source.startsWith(suffix, start + exact.length);
  if (anchoring.ok) {
    expect(source.slice(anchoring.start, anchoring.end)).toBe(exact);
    expect(anchoring.end - anchoring.start).toBe(exact.length);
    expect(fits(anchoring.start)).toBe(true);
  } else if (anchoring.problem === 'ambiguous') {
    expect(anchoring.starts.length).toBeGreaterThan(1);
    expect(anchoring.starts.every(fits)).toBe(true);
    expect(anchoring.hint.length).toBeGreaterThan(0);
  } else {
    expect(anchoring.hint.length).toBeGreaterThan(0);
  }
}

/** A span of a text as (start, end), from two random numbers. */
const span = (length: number, a: number, b: number): [number, number] => {
  const i = a % (length + 1);
  const j = b % (length + 1);
  return i <= j ? [i, j] : [j, i];
};

describe('anchorQuote on random texts', { timeout: 120_000 }, () => {
  it('finds a substring in the context of a few characters around it, or calls it ambiguous', () => {
    timed(
      'substringWithContext',
      fc.property(
        text,
        fc.nat(),
        fc.nat(),
        fc.nat({ max: 12 }),
        fc.nat({ max: 12 }),
        (source, a, b, before, after) => {
          const [start, end] = span(source.length, a, b);
          const selector = {
            exact: source.slice(start, end),
            prefix: source.slice(Math.max(0, start - before), start) || undefined,
            suffix: source.slice(end, end + after) || undefined,
          };
          const anchoring = anchorQuote(source, selector);
          checkAnchoring(source, selector, anchoring);
          // The occurrence the quote was cut from always fits: it is never "not found".
          if (selector.exact !== '')
            expect(anchoring.ok || anchoring.problem).not.toBe('not-found');
          else expect(anchoring.ok).toBe(false);
        },
      ),
    );
  });

  it('finds a substring exactly where it was cut when the context is the whole text', () => {
    timed(
      'substringWithWholeContext',
      fc.property(text, fc.nat(), fc.nat(), (source, a, b) => {
        const [start, end] = span(source.length, a, b);
        fc.pre(end > start);
        const selector = {
          exact: source.slice(start, end),
          prefix: source.slice(0, start) || undefined,
          suffix: source.slice(end) || undefined,
        };
        expect(anchorQuote(source, selector)).toEqual({ ok: true, start, end });
      }),
    );
  });

  it('never claims a place for a quote that is not there, and always says why it fails', () => {
    const selector = fc.record(
      {
        exact: fc.oneof(text, fc.string({ maxLength: 5 })),
        prefix: fc.string({ maxLength: 4 }),
        suffix: fc.string({ maxLength: 4 }),
      },
      { requiredKeys: ['exact'] },
    );
    timed(
      'anyQuote',
      fc.property(text, selector, (source, quote) => {
        const anchoring = anchorQuote(source, quote);
        checkAnchoring(source, quote, anchoring);
        if (!anchoring.ok && !quote.prefix && !quote.suffix && anchoring.problem === 'not-found') {
          expect(quote.exact === '' || !source.includes(quote.exact)).toBe(true);
        }
        if (quote.exact !== '' && !source.includes(quote.exact)) {
          expect(typeof closestPassage(source, quote.exact)).toBe('string');
        }
      }),
    );
  });
});

describe('anchorQuote with an index of the text', { timeout: 120_000 }, () => {
  it('finds the same starts, and anchors the same way, as a scan of the text', () => {
    // Long enough that the index holds runs of the text; repetitive so that runs collide.
    const longText = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'ab'), minLength: 8, maxLength: 400 }),
      fc.string({
        unit: fc.oneof(fc.constantFrom('a', 'b'), awkward),
        minLength: 8,
        maxLength: 400,
      }),
      fc.string({ unit: 'binary', minLength: 8, maxLength: 300 }),
    );
    timed(
      'indexedText',
      fc.property(longText, fc.nat(), fc.nat(), fc.nat({ max: 12 }), (source, a, b, around) => {
        const [start, end] = span(source.length, a, b);
        const exact = source.slice(start, end);
        const find = indexText(source);
        const scanned: number[] = [];
        for (
          let at = source.indexOf(exact);
          exact !== '' && at >= 0;
          at = source.indexOf(exact, at + 1)
        ) {
          scanned.push(at);
        }
        expect(find(exact)).toEqual(scanned);
        const selector = {
          exact,
          prefix: source.slice(Math.max(0, start - around), start) || undefined,
          suffix: source.slice(end, end + around) || undefined,
        };
        const indexed = anchorQuote(source, selector, find);
        expect(indexed).toEqual(anchorQuote(source, selector));
        checkAnchoring(source, selector, indexed);
      }),
    );
  });
});

describe('anchorQuote on normalised PDF-like texts', { timeout: 120_000 }, () => {
  /** Lines as a PDF extractor gives them: words, hyphens at line ends, blank and header lines. */
  const rawText = fc
    .array(
      fc.oneof(
        {
          weight: 6,
          arbitrary: fc.string({
            unit: fc.constantFrom('ab', 'cd', ' ', 'e-', '.', '’'),
            maxLength: 40,
          }),
        },
        { weight: 2, arbitrary: fc.constant('') },
        { weight: 1, arbitrary: fc.constantFrom(' ', '  ', 'HEADER', '12', ' starts a page') },
        { weight: 1, arbitrary: text },
      ),
      { maxLength: 30 },
    )
    .map((lines) => lines.join('\n'));

  it('anchors every substring of the normalised text, with its paragraphs and pages in bounds', () => {
    timed(
      'normalisedText',
      fc.property(rawText, fc.nat(), fc.nat(), fc.nat({ max: 20 }), (raw, a, b, around) => {
        const normalised = normaliseSource(raw, { header: [/^HEADER$/], firstPage: 1 });
        const { text: source, paragraphs, pages } = normalised;
        for (const spans of [paragraphs, pages]) {
          let previous = 0;
          for (const { start, end } of spans) {
            expect(start >= previous && start <= end && end <= source.length).toBe(true);
            previous = start;
          }
        }
        const [start, end] = span(source.length, a, b);
        fc.pre(end > start);
        const selector = {
          exact: source.slice(start, end),
          prefix: source.slice(Math.max(0, start - around), start) || undefined,
          suffix: source.slice(end, end + around) || undefined,
        };
        const anchoring = anchorQuote(source, selector);
        checkAnchoring(source, selector, anchoring);
        expect(anchoring.ok || anchoring.problem).not.toBe('not-found');
      }),
    );
  });
});
