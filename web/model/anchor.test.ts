import { describe, expect, it } from 'vitest';
import { anchorQuote, closestPassage } from './anchor';

// Two normalised paragraphs of the PJSEL article; "the resurgence of TTP" occurs in both.
const text =
  'Similarly, despite Pakistan’s historical links with the Taliban, its relationship with Afghanistan also witnessed a downward spiral due to border tensions and the resurgence of TTP.\n\nBut currently, after the US withdrawal and the rise of Taliban, the relations are strained by the issue of the resurgence of TTP. TTP has safe havens in Afghanistan and Pakistan wants action against them.';

describe('anchorQuote', () => {
  it('anchors a unique quote to offsets that slice back to it', () => {
    const exact = 'TTP has safe havens in Afghanistan';
    const anchoring = anchorQuote(text, { exact });
    expect(anchoring).toEqual({ ok: true, start: 313, end: 347 });
    expect(text.slice(313, 347)).toBe(exact);
  });

  it('anchors a quote that ends the text', () => {
    expect(anchorQuote(text, { exact: 'Pakistan wants action against them.' })).toEqual({
      ok: true,
      start: 352,
      end: 387,
    });
  });

  it('says how far a missing quote matches: a straight apostrophe where the text has ’', () => {
    expect(
      anchorQuote(text, { exact: "despite Pakistan's historical links with the Taliban" }),
    ).toEqual({
      ok: false,
      problem: 'not-found',
      hint: 'the source matches "despite Pakistan" then reads "’s historical links with ..." where the quote has "\'s historical links with "',
    });
  });

  it('falls back to the passage sharing the most words when the start does not match', () => {
    expect(
      anchorQuote(text, { exact: 'the Taliban has safe havens for the TTP in Kabul' }),
    ).toEqual({
      ok: false,
      problem: 'not-found',
      hint: 'closest passage starts "of the resurgence of TTP. TTP has safe havens in Afghanistan..."',
    });
  });

  it('lists where an ambiguous quote starts', () => {
    expect(anchorQuote(text, { exact: 'the resurgence of TTP' })).toEqual({
      ok: false,
      problem: 'ambiguous',
      starts: [159, 290],
      hint: 'it occurs 2 times (preceded by "...e to border tensions and ", "...strained by the issue of "); lengthen the quote or add a prefix or suffix',
    });
  });

  it('tells repeats apart by prefix or by suffix', () => {
    expect(anchorQuote(text, { exact: 'the resurgence of TTP', prefix: 'issue of ' })).toEqual({
      ok: true,
      start: 290,
      end: 311,
    });
    expect(anchorQuote(text, { exact: 'the resurgence of TTP', suffix: '.\n\nBut' })).toEqual({
      ok: true,
      start: 159,
      end: 180,
    });
    expect(text.slice(159, 180)).toBe('the resurgence of TTP');
  });

  it('reports a prefix that matches no occurrence as not found', () => {
    expect(anchorQuote(text, { exact: 'the resurgence of TTP', prefix: 'rise of ' })).toEqual({
      ok: false,
      problem: 'not-found',
      hint: 'the quote occurs 2 time(s) but never with the given prefix/suffix; before the first it reads "al due to border tensions and ..."',
    });
  });

  it('refuses an empty quote', () => {
    expect(anchorQuote(text, { exact: '' })).toEqual({
      ok: false,
      problem: 'not-found',
      hint: 'the quote is empty',
    });
  });
});

describe('closestPassage', () => {
  it('shows where the source and the quote part ways', () => {
    expect(closestPassage(text, 'the relations are strained by the dispute over the border')).toBe(
      'the source matches "the relations are strained by the " then reads "issue of the resurgence o..." where the quote has "dispute over the border"',
    );
  });
});
