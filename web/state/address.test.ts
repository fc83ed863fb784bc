import { describe, expect, it } from 'vitest';
import { tinyGraph } from '../model/tiny-graph.fixture';
import { defaultFilters } from '../model/view';
import { readAddress, writeAddress, type AddressedView } from './address';

const defaultView: AddressedView = {
  selection: null,
  panel: 'details',
  main: 'graph',
  filters: defaultFilters(tinyGraph),
};

const roundTrip = (view: AddressedView) => readAddress(tinyGraph, writeAddress(tinyGraph, view));

describe('writeAddress then readAddress', () => {
  it('writes nothing for the default view, and reads nothing as the default view', () => {
    expect(writeAddress(tinyGraph, defaultView)).toBe('');
    expect(readAddress(tinyGraph, '')).toEqual({ view: defaultView });
    expect(readAddress(tinyGraph, '?')).toEqual({ view: defaultView });
  });

  it('gives back a view with every part set', () => {
    const view: AddressedView = {
      selection: { kind: 'relation', id: 'cd-coop', evidence: 1 },
      panel: 'source',
      main: 'table',
      filters: {
        types: ['rivalry', 'cooperation'],
        kinds: ['state', 'alliance'],
        confidence: ['stated'],
        sources: ['s2'],
        when: 2021,
        includeUndated: false,
        focus: { actor: 'b', steps: 3, direction: 'in', types: ['rivalry'] },
      },
    };
    const address = writeAddress(tinyGraph, view);
    expect(address).toBe(
      '?relation=cd-coop&evidence=1&panel=source&view=table&types=rivalry%2Ccooperation' +
        '&kinds=state%2Calliance&confidence=stated&sources=s2&year=2021&undated=hide' +
        '&focus=b&steps=3&direction=in&focus-types=rivalry',
    );
    expect(readAddress(tinyGraph, address)).toEqual({ view });
  });

  it('gives back an actor, the analysis panel and a focus with every type', () => {
    const view: AddressedView = {
      ...defaultView,
      selection: { kind: 'actor', id: 'lonely' },
      panel: 'analysis',
      filters: {
        ...defaultView.filters,
        focus: {
          actor: 'a',
          steps: 1,
          direction: 'both',
          types: ['cooperation', 'rivalry', 'leverage'],
        },
      },
    };
    expect(writeAddress(tinyGraph, view)).toBe(
      '?actor=lonely&panel=analysis&focus=a&steps=1&direction=both',
    );
    expect(roundTrip(view)).toEqual({ view });
  });

  it('leaves out the first piece of evidence, which is the default', () => {
    const view = { ...defaultView, selection: { kind: 'relation', id: 'ab-coop' } } as const;
    expect(writeAddress(tinyGraph, view)).toBe('?relation=ab-coop');
    expect(roundTrip(view)).toEqual({ view });
  });

  it('gives back spans of years, open at either end', () => {
    for (const when of [
      { from: 2001, to: 2021 },
      { from: 2001, to: undefined },
      { from: undefined, to: 1990 },
    ]) {
      const view = { ...defaultView, filters: { ...defaultView.filters, when } };
      expect(roundTrip(view)).toEqual({ view });
    }
    expect(
      writeAddress(tinyGraph, {
        ...defaultView,
        filters: { ...defaultView.filters, when: { from: 2001, to: undefined } },
      }),
    ).toBe('?year=2001-');
  });

  it('gives back every filter unticked', () => {
    const view: AddressedView = {
      ...defaultView,
      filters: { ...defaultView.filters, types: [], kinds: [], confidence: [], sources: [] },
    };
    expect(roundTrip(view)).toEqual({ view });
  });
});

describe('readAddress: a part it cannot use gives the default view and names the part', () => {
  const cases: [string, string][] = [
    ['?foo=1', 'unknown part "foo"'],
    ['?actor=a&actor=b', '"actor" given twice'],
    ['?actor=nobody', 'unknown actor "nobody"'],
    ['?relation=nope', 'unknown relation "nope"'],
    ['?relation=ab-coop&evidence=1', 'relation ab-coop has no evidence 1'],
    ['?relation=cd-coop&evidence=x', 'relation cd-coop has no evidence x'],
    ['?relation=cd-coop&evidence=-1', 'relation cd-coop has no evidence -1'],
    ['?evidence=1', '"evidence" without a relation'],
    ['?panel=bogus', 'unknown panel "bogus"'],
    ['?view=map', 'unknown view "map"'],
    ['?types=friendship', 'unknown relation type "friendship"'],
    ['?kinds=state,planet', 'unknown actor kind "planet"'],
    ['?confidence=sure', 'unknown confidence "sure"'],
    ['?sources=s9', 'unknown source "s9"'],
    ['?year=abc', 'bad year "abc"'],
    ['?year=', 'bad year ""'],
    ['?year=12345', 'bad year "12345"'],
    ['?year=2021-abc', 'bad year "2021-abc"'],
    ['?year=2021-2001', 'the years 2021-2001 run backwards'],
    ['?undated=maybe', 'bad undated "maybe"'],
    ['?focus=nobody', 'unknown actor "nobody" to focus on'],
    ['?focus=a&steps=4', 'bad steps "4"'],
    ['?focus=a&steps=two', 'bad steps "two"'],
    ['?focus=a&direction=sideways', 'bad direction "sideways"'],
    ['?focus=a&focus-types=trade', 'unknown relation type "trade"'],
    ['?steps=2', '"steps" without an actor to focus on'],
    ['?direction=out', '"direction" without an actor to focus on'],
    ['?focus-types=leverage', '"focus-types" without an actor to focus on'],
  ];
  it.each(cases)('%s', (address, problem) => {
    expect(readAddress(tinyGraph, address)).toEqual({
      view: defaultView,
      notice: `The link could not be used (${problem}), so the default view is shown.`,
    });
  });

  it('drops the whole address, the parts it could use too', () => {
    const { view, notice } = readAddress(tinyGraph, '?actor=a&types=leverage&year=abc');
    expect(view).toEqual(defaultView);
    expect(notice).toContain('bad year "abc"');
  });
});
