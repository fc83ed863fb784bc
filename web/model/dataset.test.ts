import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../scripts/read-dataset';
import { compileDataset, formatDataError, type CompileResult } from './dataset';
import { miniActors, miniDataset, miniRelations, miniSources } from './mini-dataset.fixture';
import type { CompiledGraph } from './schema';

function compiled(result: CompileResult): CompiledGraph {
  if (!result.ok) throw new Error(result.errors.map(formatDataError).join('\n'));
  return result.graph;
}

/** Every evidence of a graph, with the text its offsets point into. */
const everyEvidence = (graph: CompiledGraph) =>
  graph.relations.flatMap((relation) =>
    relation.evidence.map((evidence) => ({
      relation: relation.id,
      evidence,
      text: graph.sources.find(({ id }) => id === evidence.source)?.text ?? '',
    })),
  );

describe('compileDataset on a valid mini dataset', () => {
  const graph = compiled(compileDataset(miniDataset));

  it('anchors every quote: the text slices back to the exact quote', () => {
    for (const { evidence, text } of everyEvidence(graph)) {
      expect(text.slice(evidence.start, evidence.end)).toBe(evidence.exact);
    }
  });

  it('fills in offsets, paragraph and page of each piece of evidence', () => {
    expect(
      everyEvidence(graph).map(
        ({ relation, evidence: { exact, start, end, paragraph, page } }) => ({
          relation,
          exact,
          start,
          end,
          paragraph,
          page,
        }),
      ),
    ).toEqual([
      {
        relation: 'china-pakistan-support',
        exact: 'China supports Pakistan economically, politically as well as security-wise',
        start: 65,
        end: 139,
        paragraph: 0,
        page: 10,
      },
      {
        relation: 'china-taliban-leverage',
        exact: 'at the moment China has leverage over the Afghan Taliban',
        start: 145,
        end: 201,
        paragraph: 0,
        page: 10,
      },
      {
        relation: 'taliban-ttp-havens',
        exact: 'The Afghan Taliban are providing safe havens to TTP',
        start: 204,
        end: 255,
        paragraph: 1,
        page: 11,
      },
      // "the Afghan Taliban" occurs twice; the prefix "persuade " picks the second.
      {
        relation: 'taliban-ttp-havens',
        exact: 'the Afghan Taliban',
        start: 330,
        end: 348,
        paragraph: 1,
        page: 11,
      },
    ]);
  });

  it('keeps the selector and the note of the evidence', () => {
    expect(graph.relations[2]?.evidence[1]).toEqual({
      source: 'mini',
      exact: 'the Afghan Taliban',
      prefix: 'persuade ',
      note: 'Pakistan presses the Taliban to act against the group it shelters.',
      start: 330,
      end: 348,
      paragraph: 1,
      page: 11,
    });
  });

  it('normalises the source and numbers its pages from the first page of the record', () => {
    const [source] = graph.sources;
    expect(source?.text).toBe(
      'China is the closest ally of Pakistan as well as a rising power. China supports Pakistan economically, politically as well as security-wise, and at the moment China has leverage over the Afghan Taliban.\n\nThe Afghan Taliban are providing safe havens to TTP which has rejuvenated the militant group. Islamabad is trying to persuade the Afghan Taliban to take firm action against TTP, but they seem less interested.',
    );
    expect(source?.paragraphs).toEqual([
      { start: 0, end: 202 },
      { start: 204, end: 412 },
    ]);
    expect(source?.pages).toEqual([
      { page: 10, start: 0, end: 204 },
      { page: 11, start: 204, end: 412 },
    ]);
  });

  it('lays out every actor', () => {
    expect(graph.actors.map(({ id }) => id)).toEqual([
      'pakistan',
      'china',
      'afghan-taliban',
      'ttp',
    ]);
    expect(Object.keys(graph.layout).sort()).toEqual([
      'afghan-taliban',
      'china',
      'pakistan',
      'ttp',
    ]);
    for (const { x, y } of Object.values(graph.layout)) {
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    }
  });
});

/** The mini dataset with one text replaced in one file; throws if the text is not there. */
function edit(file: 'sources.yaml' | 'actors.yaml' | 'relations.yaml', from: string, to: string) {
  const original = {
    'sources.yaml': miniSources,
    'actors.yaml': miniActors,
    'relations.yaml': miniRelations,
  }[file];
  if (!original.includes(from)) throw new Error(`${file} of the mini dataset has no "${from}"`);
  return { [file]: original.replace(from, to) };
}

const leverageQuote = 'quote: at the moment China has leverage over the Afghan Taliban';
const supportEvidence =
  '  evidence:\n    - source: mini\n      quote: China supports Pakistan economically, politically as well as security-wise\n';

interface BrokenCase {
  name: string;
  /** Files that replace those of the mini dataset; undefined deletes one. */
  files: Record<string, string | undefined>;
  /** The errors, formatted as the CLI prints them. */
  errors: string[];
}

const brokenCases: BrokenCase[] = [
  {
    name: 'malformed YAML: a quote never closed',
    files: edit('actors.yaml', 'name: China\n', 'name: "China\n'),
    errors: [
      'actors.yaml:6:9 malformed YAML: Missing closing "quote; fix the syntax (indentation, quotes, colons)',
    ],
  },
  {
    name: 'malformed YAML: a field out of line',
    files: edit(
      'actors.yaml',
      '  description: A state in South Asia.',
      ' description: [A state in South Asia.',
    ),
    errors: [
      'actors.yaml:4:1 malformed YAML: Sequence item without - indicator; fix the syntax (indentation, quotes, colons)',
      'actors.yaml:5:1 malformed YAML: Flow sequence in block collection must be sufficiently indented and end with a ]; fix the syntax (indentation, quotes, colons)',
    ],
  },
  {
    name: 'malformed YAML: a field given twice',
    files: edit('actors.yaml', '  name: China\n', '  name: China\n  name: PRC\n'),
    errors: [
      'actors.yaml:7:3 malformed YAML: this field is given twice in its record; keep one of them',
    ],
  },
  {
    name: 'a file that is not a list',
    files: { 'actors.yaml': 'id: pakistan\nname: Pakistan\nkind: state\n' },
    errors: ['actors.yaml:1:1 expected a list of records (each starting with "- id: ...")'],
  },
  {
    name: 'an empty list item',
    files: { 'actors.yaml': `${miniActors}-\n` },
    errors: ['actors.yaml:19:2 actor #5: record is empty; give it indented fields (name: value)'],
  },
  {
    name: 'an unknown field',
    files: edit('actors.yaml', '  aliases: [TTP]\n', '  aliases: [TTP]\n  colour: red\n'),
    errors: ['actors.yaml:18:3 actor ttp: unknown field "colour"; remove it or check its spelling'],
  },
  {
    name: 'an unknown field in a piece of evidence',
    files: edit(
      'relations.yaml',
      "      prefix: 'persuade '\n",
      "      prefix: 'persuade '\n      page: 11\n",
    ),
    errors: [
      'relations.yaml:39:7 relation taliban-ttp-havens: unknown field "page"; remove it or check its spelling',
    ],
  },
  {
    name: 'a missing label',
    files: edit('relations.yaml', '  label: supports\n', ''),
    errors: [
      'relations.yaml:1:3 relation china-pakistan-support: field "label" is missing; add it',
    ],
  },
  {
    name: 'an empty label',
    files: edit('relations.yaml', '  label: supports\n', '  label:\n'),
    errors: [
      'relations.yaml:6:9 relation china-pakistan-support: field "label" is empty; give it text',
    ],
  },
  {
    name: 'an empty name',
    files: edit('actors.yaml', '  name: China\n', "  name: ''\n"),
    errors: ['actors.yaml:6:9 actor china: field "name" is empty; write it'],
  },
  {
    name: 'an empty evidence list',
    files: edit('relations.yaml', supportEvidence, '  evidence: []\n'),
    errors: [
      'relations.yaml:8:13 relation china-pakistan-support: field "evidence": a relation needs at least one piece of evidence; quote the passage of the source that supports it',
    ],
  },
  {
    name: 'no evidence at all',
    files: edit('relations.yaml', supportEvidence, ''),
    errors: [
      'relations.yaml:1:3 relation china-pakistan-support: field "evidence" is missing; add it',
    ],
  },
  {
    name: 'evidence that is not a list',
    files: edit('relations.yaml', supportEvidence, '  evidence: China supports Pakistan\n'),
    errors: [
      'relations.yaml:8:13 relation china-pakistan-support: field "evidence" must be a list, not "China supports Pakistan"',
    ],
  },
  {
    name: 'an unknown actor close to a known one',
    files: edit('relations.yaml', '  target: pakistan\n', '  target: pakistn\n'),
    errors: [
      'relations.yaml:3:11 relation china-pakistan-support: unknown actor "pakistn" as target; did you mean "pakistan"?',
    ],
  },
  {
    name: 'an unknown actor close to none',
    files: edit('relations.yaml', '  target: pakistan\n', '  target: india\n'),
    errors: [
      'relations.yaml:3:11 relation china-pakistan-support: unknown actor "india" as target; add it to actors.yaml',
    ],
  },
  {
    name: 'a duplicate actor id',
    files: {
      'actors.yaml': `${miniActors}- id: china\n  name: PRC\n  kind: state\n  description: China again.\n`,
    },
    errors: [
      'actors.yaml:19:7 actor china: duplicate id "china", first used at actors.yaml:5:7; give each actor its own id',
    ],
  },
  {
    name: 'a duplicate relation id',
    files: edit(
      'relations.yaml',
      '- id: china-taliban-leverage\n',
      '- id: china-pakistan-support\n',
    ),
    errors: [
      'relations.yaml:11:7 relation china-pakistan-support: duplicate id "china-pakistan-support", first used at relations.yaml:1:7; give each relation its own id',
    ],
  },
  {
    name: 'a bad id',
    files: edit(
      'relations.yaml',
      '- id: china-pakistan-support\n',
      '- id: China Pakistan support\n',
    ),
    errors: [
      'relations.yaml:1:7 relation China Pakistan support: field "id": an id is lower-case words joined by hyphens, e.g. "afghan-taliban"',
    ],
  },
  {
    name: 'a quote that departs from the source',
    files: edit(
      'relations.yaml',
      leverageQuote,
      'quote: at the moment China has influence over the Afghan Taliban',
    ),
    errors: [
      'relations.yaml:22:14 relation china-taliban-leverage: quote not found in source mini; the source matches "at the moment China has " then reads "leverage over the Afghan ..." where the quote has "influence over the Afghan"',
    ],
  },
  {
    name: 'a quote whose words are elsewhere in the source',
    files: edit(
      'relations.yaml',
      leverageQuote,
      'quote: Beijing holds leverage over the Taliban at the moment',
    ),
    errors: [
      'relations.yaml:22:14 relation china-taliban-leverage: quote not found in source mini; closest passage starts "and at the moment China has leverage over the Afghan Taliban..."',
    ],
  },
  {
    name: 'an ambiguous quote',
    files: edit('relations.yaml', "      prefix: 'persuade '\n", ''),
    errors: [
      'relations.yaml:37:14 relation taliban-ttp-havens: quote is ambiguous in source mini; it occurs 2 times (preceded by "... China has leverage over ", "...ad is trying to persuade "); lengthen the quote or add a prefix or suffix',
    ],
  },
  {
    name: 'a prefix that matches no occurrence',
    files: edit('relations.yaml', "      prefix: 'persuade '\n", "      prefix: 'convince '\n"),
    errors: [
      'relations.yaml:37:14 relation taliban-ttp-havens: quote not found in source mini; the quote occurs 2 time(s) but never with the given prefix/suffix; before the first it reads "oment China has leverage over ..."',
    ],
  },
  {
    name: 'an empty quote',
    files: edit('relations.yaml', leverageQuote, "quote: ''"),
    errors: [
      'relations.yaml:22:14 relation china-taliban-leverage: field "evidence.0.quote": the quote is empty: copy the passage from the source',
    ],
  },
  {
    name: 'a period that runs backwards',
    files: edit(
      'relations.yaml',
      '    from: 2021\n    to: 2023\n',
      '    from: 2023\n    to: 2021\n',
    ),
    errors: [
      'relations.yaml:30:5 relation taliban-ttp-havens: period runs backwards (from 2023 to 2021); swap the years',
    ],
  },
  {
    name: 'a year that is not a whole number',
    files: edit(
      'relations.yaml',
      '    from: 2021\n    to: 2023\n',
      '    from: 2021.5\n    to: 2023\n',
    ),
    errors: [
      'relations.yaml:30:11 relation taliban-ttp-havens: field "period.from" must be a whole number, not 2021.5',
    ],
  },
  {
    name: 'a year out of range',
    files: edit('relations.yaml', '    from: 2021\n    to: 2023\n', '    from: 21\n    to: 2023\n'),
    errors: [
      'relations.yaml:30:11 relation taliban-ttp-havens: field "period.from" must be at least 1000, not 21',
    ],
  },
  {
    name: 'a year in quotes',
    files: edit(
      'relations.yaml',
      '    from: 2021\n    to: 2023\n',
      "    from: 2021\n    to: '2023'\n",
    ),
    errors: [
      'relations.yaml:31:9 relation taliban-ttp-havens: field "period.to" must be a number, not "2023"',
    ],
  },
  {
    name: 'an undirected leverage',
    files: edit(
      'relations.yaml',
      '  type: leverage\n  directed: true\n',
      '  type: leverage\n  directed: false\n',
    ),
    errors: [
      'relations.yaml:15:13 relation china-taliban-leverage: leverage is always directed (the source holds leverage over the target); set directed: true',
    ],
  },
  {
    name: 'a direction that is not true or false',
    files: edit(
      'relations.yaml',
      '  type: leverage\n  directed: true\n',
      '  type: leverage\n  directed: yes\n',
    ),
    errors: [
      'relations.yaml:15:13 relation china-taliban-leverage: field "directed" must be true or false, not "yes"',
    ],
  },
  {
    name: 'an unknown relation type',
    files: edit('relations.yaml', '  type: leverage\n', '  type: influence\n'),
    errors: [
      'relations.yaml:14:9 relation china-taliban-leverage: field "type" must be one of "cooperation", "rivalry", "leverage", not "influence"',
    ],
  },
  {
    name: 'an unknown actor kind (the relations that name the actor are not flagged again)',
    files: edit(
      'actors.yaml',
      '  kind: armed-group\n  aliases: [TTP]',
      '  kind: militia\n  aliases: [TTP]',
    ),
    errors: [
      'actors.yaml:16:9 actor ttp: field "kind" must be one of "state", "armed-group", "alliance", "organisation", "movement", "region", not "militia"',
    ],
  },
  {
    name: 'a relation of an actor with itself',
    files: edit(
      'relations.yaml',
      '  source: china\n  target: pakistan\n',
      '  source: china\n  target: china\n',
    ),
    errors: [
      'relations.yaml:3:11 relation china-pakistan-support: relation of "china" with itself; source and target must differ',
    ],
  },
  {
    name: 'an unknown evidence source close to a known one',
    files: edit(
      'relations.yaml',
      `    - source: mini\n      ${leverageQuote}`,
      `    - source: mino\n      ${leverageQuote}`,
    ),
    errors: [
      'relations.yaml:21:15 relation china-taliban-leverage: unknown source "mino"; did you mean "mini"?',
    ],
  },
  {
    name: 'an unknown evidence source close to none',
    files: edit(
      'relations.yaml',
      `    - source: mini\n      ${leverageQuote}`,
      `    - source: pjsel-2023\n      ${leverageQuote}`,
    ),
    errors: [
      'relations.yaml:21:15 relation china-taliban-leverage: unknown source "pjsel-2023"; declare it in sources.yaml',
    ],
  },
  {
    name: 'a missing source text (its evidence is not flagged again)',
    files: { 'sources/mini.txt': undefined },
    errors: [
      'sources.yaml:2:9 source mini: text file "sources/mini.txt" not found; put the source text there or correct the path',
    ],
  },
  {
    name: 'a missing actors.yaml (the relations are not flagged again)',
    files: { 'actors.yaml': undefined },
    errors: [
      'actors.yaml:1:1 file is missing; create actors.yaml (a YAML list, possibly empty: [])',
    ],
  },
];

describe('compileDataset on a broken mini dataset', () => {
  it.each(brokenCases)('reports $name', ({ files, errors }) => {
    const dataset: Record<string, string> = { ...miniDataset };
    for (const [name, text] of Object.entries(files)) {
      if (text === undefined) delete dataset[name];
      else dataset[name] = text;
    }
    const result = compileDataset(dataset);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.map(formatDataError)).toEqual(errors);
  });
});

describe('the real dataset in graph-data', () => {
  const result = compileDataset(
    readDataset(fileURLToPath(new URL('../../graph-data', import.meta.url))),
  );

  it('compiles without errors', () => {
    expect(result.ok ? [] : result.errors.map(formatDataError)).toEqual([]);
  });

  it('normalises the article into pages 195 to 202', () => {
    const graph = compiled(result);
    expect(graph.sources.map(({ id }) => id)).toEqual(['pjsel-2023']);
    expect(graph.sources[0]?.pages.map(({ page }) => page)).toEqual([
      195, 196, 197, 198, 199, 200, 201, 202,
    ]);
  });

  it('anchors every quote in the normalised article, on one of its pages', () => {
    const graph = compiled(result);
    const evidence = everyEvidence(graph);
    expect(evidence.length).toBeGreaterThan(0);
    for (const { relation, evidence: piece, text } of evidence) {
      expect(text.slice(piece.start, piece.end), relation).toBe(piece.exact);
      expect(piece.page, relation).toBeGreaterThanOrEqual(195);
      expect(piece.page, relation).toBeLessThanOrEqual(202);
    }
  });

  it('lays out every actor', () => {
    const graph = compiled(result);
    expect(Object.keys(graph.layout).sort()).toEqual(graph.actors.map(({ id }) => id).sort());
  });
});

describe('white space in quotes', () => {
  it('reads a quote copied with line breaks or no-break spaces as the normalised text has it', () => {
    const relations = miniRelations.replace(
      'quote: at the moment China has leverage over the Afghan Taliban',
      'quote: "at the moment China has\\nleverage over\\u00a0the Afghan Taliban"',
    );
    const graph = compiled(compileDataset({ ...miniDataset, 'relations.yaml': relations }));
    const evidence = graph.relations.find((r) => r.id === 'china-taliban-leverage')!.evidence[0]!;
    expect(evidence.exact).toBe('at the moment China has leverage over the Afghan Taliban');
    expect(graph.sources[0]!.text.slice(evidence.start, evidence.end)).toBe(evidence.exact);
  });
});
