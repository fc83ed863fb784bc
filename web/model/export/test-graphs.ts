// Small compiled graphs for the export tests, built inline and checked against the schema.
import { CompiledGraph, type CompiledEvidence } from '../schema';

/** Text that every format must carry: quotes, markup, CDATA end, emoji, RTL, breaks, controls. */
export const tricky =
  ' He said "no", she said \'yes\' & left; <b>1 < 2</b> ]]> <script>alert("x")</script> ' +
  '😀🇵🇰 مرحبا بالعالم שלום עולם\nline two\r\nline\tthree \u0007bell\u0000nul\u001Fend ';

/** What XML keeps of a text: the control characters XML 1.0 forbids are dropped. */
export const withoutControls = (text: string) =>
  ['\u0000', '\u0007', '\u001F'].reduce((kept, control) => kept.replaceAll(control, ''), text);

const paragraphs = [
  'Opening 😀 words with an emoji 🇵🇰 before any quote.',
  'Alpha said "no" & Beta said \'yes\' <script>alert(1)</script> ]]> مرحبا שלום\nand rang\u0007 a bell.',
  'Later, Alpha and Beta cooperate closely; Alpha and Beta cooperate closely again.',
];
const text = paragraphs.join('\n\n');
const pageBreak = text.indexOf('Later');

function anchor(exact: string, extra: Partial<CompiledEvidence> = {}, from = 0): CompiledEvidence {
  const start = text.indexOf(exact, from);
  if (start < 0) throw new Error(`test graph: "${exact}" is not in the text`);
  const paragraph = text.slice(0, start).split('\n\n').length - 1;
  return {
    source: 'src-1',
    exact,
    start,
    end: start + exact.length,
    paragraph,
    page: start >= pageBreak ? 12 : 11,
    ...extra,
  };
}

export function trickyGraph(): CompiledGraph {
  let at = 0;
  const paragraphSpans = paragraphs.map((paragraph) => {
    const span = { start: at, end: at + paragraph.length };
    at += paragraph.length + 2;
    return span;
  });
  return CompiledGraph.parse({
    version: 1,
    sources: [
      {
        id: 'src-1',
        file: 'sources/src-1.txt',
        title: 'A "tricky" source <test> & more',
        year: 2023,
        text,
        paragraphs: paragraphSpans,
        pages: [
          { start: 0, end: pageBreak, page: 11 },
          { start: pageBreak, end: text.length, page: 12 },
        ],
      },
    ],
    actors: [
      {
        id: 'alpha',
        name: tricky,
        kind: 'state',
        aliases: ['A, "the first"', 'ألف', "<Alpha's>"],
        description: tricky,
      },
      { id: 'beta', name: 'Beta בטא', kind: 'armed-group', description: 'The second actor.' },
      { id: 'gamma', name: 'Gamma', kind: 'alliance', description: 'An actor with no position.' },
    ],
    relations: [
      {
        id: 'alpha-beta-1',
        source: 'alpha',
        target: 'beta',
        type: 'cooperation',
        directed: false,
        label: tricky,
        period: { from: 1971, to: 2001 },
        confidence: 'stated',
        note: tricky,
        evidence: [
          anchor(
            '"no" & Beta said \'yes\' <script>alert(1)</script> ]]> مرحبا שלום\nand rang\u0007 a bell',
            { note: tricky },
          ),
          anchor('Opening 😀 words'),
        ],
      },
      {
        id: 'alpha-beta-2',
        source: 'alpha',
        target: 'beta',
        type: 'rivalry',
        directed: true,
        label: 'A second, distinct claim about the same pair',
        period: { from: 2021 },
        confidence: 'implied',
        evidence: [
          anchor('Alpha and Beta cooperate closely', { prefix: 'closely; ' }, text.indexOf('; ')),
        ],
      },
      {
        id: 'beta-alpha-1',
        source: 'beta',
        target: 'alpha',
        type: 'leverage',
        directed: true,
        label: 'Beta has leverage over Alpha',
        period: { to: 1990 },
        confidence: 'stated',
        note: '',
        evidence: [anchor('again.', { page: undefined })],
      },
      {
        id: 'gamma-alpha-1',
        source: 'gamma',
        target: 'alpha',
        type: 'cooperation',
        directed: true,
        label: 'Gamma supports Alpha',
        confidence: 'implied',
        evidence: [anchor('Later, Alpha')],
      },
    ],
    layout: { alpha: { x: -120.5, y: 33.25 }, beta: { x: 400, y: -0.125 } },
  });
}

/**
 * The attributes a reader should find on an actor's node, worked out from the compiled graph
 * directly (not through the exporters' own column code). `clean` is applied to every text.
 */
export function expectedActor(graph: CompiledGraph, id: string, clean = (text: string) => text) {
  const actor = graph.actors.find((candidate) => candidate.id === id);
  if (!actor) throw new Error(`test graph: no actor ${id}`);
  const position = graph.layout[id];
  return {
    name: clean(actor.name),
    kind: actor.kind,
    ...(actor.aliases ? { aliases: clean(actor.aliases.join('; ')) } : {}),
    description: clean(actor.description),
    ...(position ? { x: position.x, y: position.y } : {}),
  };
}

/** The attributes a reader should find on a relation's edge. */
export function expectedRelation(graph: CompiledGraph, id: string, clean = (text: string) => text) {
  const relation = graph.relations.find((candidate) => candidate.id === id);
  if (!relation) throw new Error(`test graph: no relation ${id}`);
  const [first] = relation.evidence;
  return {
    type: relation.type,
    directed: relation.directed,
    label: clean(relation.label),
    ...(relation.period?.from !== undefined ? { period_from: relation.period.from } : {}),
    ...(relation.period?.to !== undefined ? { period_to: relation.period.to } : {}),
    confidence: relation.confidence,
    ...(relation.note !== undefined ? { note: clean(relation.note) } : {}),
    evidence_count: relation.evidence.length,
    first_quote: clean(first?.exact ?? ''),
    ...(first?.page !== undefined ? { first_page: first.page } : {}),
  };
}
