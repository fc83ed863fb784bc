// Writes a deterministic synthetic dataset, to measure the whole pipeline at scale: actors of
// every kind with a few hubs (a power-law-ish degree), relations of every type (leverage always
// directed), dated, open-ended and undated, several per pair at times, and every relation backed
// by quotes of generated source texts that look like the real article as extracted from a PDF
// (hard-wrapped lines with blank lines between them, running page headers with page numbers,
// end-of-line hyphens in compounds, typographic quotes and apostrophes, headings).
//
//   npx tsx scripts/synthetic.ts --actors 500 --relations 2000 [--seed 1] [--sources 1] --out DIR
//
// The same options give byte-identical files.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { seededRandom } from '../web/model/seeded-random';

export interface SyntheticOptions {
  actors: number;
  relations: number;
  /** Seed of the generator (default 1). */
  seed?: number;
  /** Number of source texts the evidence is spread over (default 1: one long text). */
  sources?: number;
}

/** The sizes of the scale issue: actors x relations. */
export const standardSizes = [
  { actors: 500, relations: 2_000 },
  { actors: 2_000, relations: 10_000 },
  { actors: 5_000, relations: 25_000 },
] as const;

// ── Randomness ──────────────────────────────────────────────────────────────────────────────────

/** The layout's seeded generator (mulberry32), with helpers: the same on every platform. */
function generator(seed: number) {
  const next = seededRandom(seed);
  const int = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const chance = (p: number) => next() < p;
  /** One of the keys, with probability proportional to its weight. */
  const weighted = <K extends string>(weights: Readonly<Record<K, number>>): K => {
    const entries = Object.entries(weights) as [K, number][];
    let r = next() * entries.reduce((sum, [, w]) => sum + w, 0);
    for (const [key, w] of entries) if ((r -= w) < 0) return key;
    return entries[entries.length - 1]![0];
  };
  const shuffle = <T>(items: T[]): T[] => {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [items[i], items[j]] = [items[j] as T, items[i] as T];
    }
    return items;
  };
  return { next, int, pick, chance, weighted, shuffle };
}

type Random = ReturnType<typeof generator>;

// ── Actors ──────────────────────────────────────────────────────────────────────────────────────

const kinds = {
  state: 50,
  'armed-group': 14,
  alliance: 7,
  organisation: 12,
  movement: 10,
  region: 7,
} as const;
type Kind = keyof typeof kinds;

const onsets = ['b', 'd', 'k', 'l', 'm', 'n', 'r', 's', 't', 'v', 'z', 'br', 'dr', 'kr', 'tr'];
const moreOnsets = ['g', 'h', 'p', 'sh', 'th', 'gr', 'st', 'f', 'j', 'y'];
const vowels = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'o', 'ai', 'ei', 'ou'];
const codas = ['', '', '', 'n', 'r', 's', 'l', 'th', 'k', 'm', 'nd', 'st'];
const stateEndings = ['ia', 'a', 'istan', 'land', 'or', 'ene', 'ar', 'ovia', 'ana', ''];
const kindWords: Record<Exclude<Kind, 'state' | 'region'>, string[]> = {
  'armed-group': ['Front', 'Brigades', 'Liberation Army', 'Militia', 'Guard', 'Jamaat'],
  alliance: ['Pact', 'Treaty Organisation', 'Alliance', 'Compact', 'Entente'],
  organisation: ['Council', 'Development Bank', 'Commission', 'Forum', 'Union', 'Secretariat'],
  movement: ['Movement', 'Brotherhood', 'Party', 'Resistance', 'Awakening'],
};
const regionWords = ['Northern', 'Southern', 'Eastern', 'Western', 'Upper', 'Lower', 'Central'];

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function root(random: Random): string {
  const syllable = () =>
    (random.chance(0.8) ? random.pick(onsets) : random.pick(moreOnsets)) +
    random.pick(vowels) +
    random.pick(codas);
  const count = random.weighted({ '1': 1, '2': 6, '3': 3 });
  let word = '';
  for (let i = 0; i < Number(count); i++) word += syllable();
  return capitalise(word.length < 4 ? word + random.pick(['ra', 'en', 'is']) : word);
}

function actorName(random: Random, kind: Kind): string {
  const base = root(random);
  if (kind === 'state') return base + random.pick(stateEndings);
  if (kind === 'region')
    return random.chance(0.5)
      ? `${random.pick(regionWords)} ${base}`
      : `${base} ${random.pick(['Basin', 'Valley', 'Highlands'])}`;
  return `${base} ${random.pick(kindWords[kind])}`;
}

const initials = (name: string) =>
  name
    .split(' ')
    .map((word) => word.charAt(0))
    .join('')
    .toUpperCase();

interface SyntheticActor {
  id: string;
  name: string;
  kind: Kind;
  aliases: string[];
  description: string;
}

function makeActors(random: Random, count: number): SyntheticActor[] {
  const actors: SyntheticActor[] = [];
  const taken = new Set<string>();
  while (actors.length < count) {
    const kind = random.weighted(kinds);
    let name = actorName(random, kind);
    let id = slug(name);
    for (let n = 2; taken.has(id); n++) {
      // Rare once many actors exist: number the later namesake.
      name = `${actorName(random, kind)}${n > 3 ? ` ${n}` : ''}`;
      id = slug(name);
    }
    taken.add(id);
    const aliases: string[] = [];
    if (kind === 'state' && random.chance(0.4)) aliases.push(root(random)); // its capital
    if (kind !== 'state' && name.includes(' ') && random.chance(0.5)) aliases.push(initials(name));
    const description = {
      state: `Synthetic state of the ${random.pick(regionWords).toLowerCase()} region.`,
      'armed-group': `Synthetic armed group active along ${random.chance(0.5) ? 'a contested border' : 'the coast'}.`,
      alliance: 'Synthetic alliance of states bound by a treaty.',
      organisation: 'Synthetic inter-governmental organisation.',
      movement: 'Synthetic political movement.',
      region: 'Synthetic region that several states claim.',
    }[kind];
    actors.push({ id, name, kind, aliases, description });
  }
  return actors;
}

// ── Relations ───────────────────────────────────────────────────────────────────────────────────

type Type = 'cooperation' | 'rivalry' | 'leverage';

const labels: Record<Type, string[]> = {
  cooperation: [
    'trade agreement',
    'military aid',
    'defence pact',
    'mediation of peace talks',
    'investment in ports',
    'diplomatic support',
    'safe havens',
    'energy partnership',
    'membership',
    'development loans',
  ],
  rivalry: [
    'border dispute',
    'armed clashes',
    'accusations of interference',
    'sanctions',
    'containment',
    'proxy war',
    'water dispute',
    'hostile rhetoric',
  ],
  leverage: [
    'debt leverage',
    'control of energy supply',
    'hosting of the leadership',
    'arms supply dependence',
    'transit-route leverage',
    'remittance leverage',
  ],
};

/**
 * Sentences that state a relation; {A} and {B} are the actors, {what} the label, {when} a time,
 * {code} the unique reference that makes each sentence occur once in the text.
 */
const templates: Record<Type, string[]> = {
  cooperation: [
    '{A} and {B} agreed on {what} {when}, a step the record lists as {code}.',
    'According to {code}, {A} extended {what} to {B}, calling it a “long-standing commitment”.',
    '{A}’s {what} with {B} deepened their geo-economic ties {when}, as {code} notes.',
    'Officials of {A} described {B} as a “trusted partner” after the {what} recorded in {code}.',
    '{A} backed {B} through {what} {when}, which the post-war settlement in {code} confirmed.',
  ],
  rivalry: [
    '{A} accused {B} of cross-border attacks {when}; the dispute is filed as {code}.',
    'The {what} between {A} and {B} escalated {when} (see {code}).',
    '{B} described {A} as a “hostile neighbour” in the {what} documented by {code}.',
    'Relations between {A} and {B} soured over {what} {when}, according to {code}.',
  ],
  leverage: [
    '{A} holds leverage over {B} through {what}, which {code} documents.',
    'Because of {what}, {B} could not refuse {A}’s demands {when}, according to {code}.',
    '{A} can make {B} act, since the {what} described in {code} leaves {B} little choice.',
  ],
};

/** Clauses that recur across the text: quoting one needs a prefix (these) or a suffix. */
const recurringWithPrefix = [
  'both sides called it a turning point',
  'both sides claimed a victory',
  'neither side gave ground',
  'the press called it historic',
  'the region took note',
  'observers were surprised',
  'critics called it premature',
  'the terms stayed secret',
];
const recurringWithSuffix = [
  'the talks stalled again',
  'the ceasefire broke down',
  'the accord was renewed',
  'a new round began',
  'the envoys were recalled',
  'trade resumed',
  'the border was closed',
  'the summit was postponed',
];

const fillers = [
  'Analysts disagree on how durable these post-war arrangements are.',
  'The counter-terrorism agenda shaped much of the decade, though not evenly.',
  'Much of this history is contested, and the sources are often partisan.',
  'A cross-border economy of trade and smuggling grew alongside the formal ties.',
  'The region’s geo-strategic position made every choice costly.',
  'Observers noted the “strategic ambiguity” of several capitals during this time.',
  'Such shifts rarely happened at once; they accumulated over years of small decisions.',
  'The long-term effects on the wider region remain difficult to measure.',
  'Neither the archives nor the interviews settle the question of intent.',
  'Domestic politics weighed as heavily as external pressure in these decisions.',
];

interface SyntheticEvidence {
  source: string;
  quote: string;
  prefix?: string;
  suffix?: string;
  /** The sentence of the source text that holds the quote. */
  sentence: string;
}

interface SyntheticRelation {
  id: string;
  source: string;
  target: string;
  type: Type;
  directed: boolean;
  label: string;
  period?: { from?: number; to?: number };
  confidence: 'stated' | 'implied';
  note?: string;
  evidence: SyntheticEvidence[];
}

/** Picks actors with a power-law-ish preference for a few hubs (Zipf over a random ranking). */
function endpointPicker(random: Random, count: number) {
  const ranking = random.shuffle(Array.from({ length: count }, (_, i) => i));
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 0; rank < count; rank++) cumulative.push((total += 1 / (rank + 1) ** 0.75));
  return (): number => {
    if (random.chance(0.4)) return random.int(0, count - 1); // Plenty of ordinary actors too.
    const r = random.next() * total;
    let [low, high] = [0, count - 1];
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((cumulative[mid] ?? 0) > r) high = mid;
      else low = mid + 1;
    }
    return ranking[low] ?? 0;
  };
}

function makePeriod(random: Random): SyntheticRelation['period'] {
  const shape = random.weighted({ undated: 20, open: 30, until: 10, closed: 40 });
  const from = random.int(1947, 2021);
  if (shape === 'undated') return undefined;
  if (shape === 'open') return { from };
  if (shape === 'until') return { to: from };
  return { from, to: Math.min(2023, from + random.int(0, 15)) };
}

function makeRelations(
  random: Random,
  actors: readonly SyntheticActor[],
  count: number,
  sourceIds: readonly string[],
): SyntheticRelation[] {
  const endpoint = endpointPicker(random, actors.length);
  const otherThan = (a: number) => {
    for (;;) {
      const b = endpoint();
      if (b !== a) return b;
    }
  };
  // First tie every actor to the graph (as preferential attachment does), while relations last.
  const order = random.shuffle(Array.from({ length: actors.length }, (_, i) => i));
  const pairs: [number, number][] = [];
  const perPair = new Map<string, number>();
  const relations: SyntheticRelation[] = [];
  for (let r = 0; r < count; r++) {
    let a: number;
    let b: number;
    if (r + 1 < order.length && count >= actors.length) {
      a = order[r + 1] ?? 0;
      b = otherThan(a);
    } else if (pairs.length > 0 && random.chance(0.12)) {
      // Another claim about a pair already related.
      [a, b] = random.pick(pairs);
    } else {
      a = endpoint();
      b = otherThan(a);
    }
    if (random.chance(0.5)) [a, b] = [b, a];
    pairs.push([a, b]);
    const source = actors[a]!;
    const target = actors[b]!;
    const type = random.weighted<Type>({ cooperation: 50, rivalry: 35, leverage: 15 });
    const directed = type === 'leverage' || random.chance(0.4);
    const what = random.pick(labels[type]);
    const period = makePeriod(random);
    const confidence = random.chance(0.75) ? 'stated' : 'implied';

    const key = `${source.id}-${type}-${target.id}`;
    const seen = (perPair.get(key) ?? 0) + 1;
    perPair.set(key, seen);
    const id = seen === 1 ? key : `${key}-${seen}`;

    const when =
      period?.from !== undefined
        ? `in ${period.from}`
        : period?.to !== undefined
          ? `until ${period.to}`
          : 'in recent years';
    const evidenceCount = random.weighted({ '1': 70, '2': 25, '3': 5 });
    const evidence: SyntheticEvidence[] = [];
    for (let e = 1; e <= Number(evidenceCount); e++) {
      const code = `SR-${String(r + 1).padStart(5, '0')}/${e}`;
      const fill = (template: string) =>
        template
          .replaceAll('{A}', source.name)
          .replaceAll('{B}', target.name)
          .replaceAll('{what}', what)
          .replaceAll('{when}', when)
          .replaceAll('{code}', code);
      const sourceId = random.pick(sourceIds);
      const variant = random.weighted({ whole: 68, open: 20, prefix: 6, suffix: 6 });
      if (variant === 'prefix') {
        const clause = random.pick(recurringWithPrefix);
        const sentence = fill(`{A} and {B} met over {what} {when} under {code}, and ${clause}.`);
        evidence.push({ source: sourceId, quote: clause, prefix: `${code}, and `, sentence });
      } else if (variant === 'suffix') {
        const clause = random.pick(recurringWithSuffix);
        const sentence = fill(`Over {what}, ${clause} under {code} when {A} left {B} waiting.`);
        evidence.push({ source: sourceId, quote: clause, suffix: ` under ${code}`, sentence });
      } else {
        const sentence = fill(random.pick(templates[type]));
        // Analysts often quote a sentence without its final stop.
        const quote = variant === 'open' ? sentence.slice(0, -1) : sentence;
        evidence.push({ source: sourceId, quote, sentence });
      }
    }
    relations.push({
      id,
      source: source.id,
      target: target.id,
      type,
      directed,
      label: capitalise(what),
      ...(period ? { period } : {}),
      confidence,
      ...(confidence === 'implied'
        ? { note: `Implied: the text describes the ${what} without naming it as such.` }
        : {}),
      evidence,
    });
  }
  return relations;
}

// ── Source texts, as a PDF extractor gives them ─────────────────────────────────────────────────

const journal = 'Synthetic Journal of Actor Relations (SJAR)';
const headerPatterns = ['^Original Article\\s+Synthetic Journal of Actor Relations', '^SJAR Vol 1'];
/** Text lines per page, as in the real article. */
const linesPerPage = 46;
/** Lines break after this many characters, never before `minLine` inside a paragraph. */
const [wrapAt, minLine] = [96, 88];

function headerBlock(page: number): string[] {
  return [
    '',
    '',
    `Original Article     ${journal}    `,
    '',
    ' ',
    '',
    `${page} `,
    '',
    ' ',
    '',
    ' SJAR Vol 1 (1) JANUARY 2024: ISSN 0000-0000 (Print) 0000-0001 (Online)  ',
    '',
    ' ',
    '',
  ];
}

/**
 * Wraps a paragraph into lines of about `wrapAt` characters. Every line but the last is at
 * least `minLine` long, so the normaliser never takes it for the end of a paragraph; a compound
 * that does not fit may break after its hyphen ("geo-" / "economic"), as in the real article.
 */
function wrap(paragraph: string): { text: string; hyphen: boolean }[] {
  const lines: { text: string; hyphen: boolean }[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line === '') {
      line = word;
      continue;
    }
    const fits = line.length + 1 + word.length <= wrapAt;
    if (fits || line.length < minLine) {
      line += ` ${word}`;
      continue;
    }
    const hyphen = /^[a-z]+-(?=[a-z]{3,})/.exec(word);
    if (hyphen && line.length + 1 + hyphen[0].length <= wrapAt + 4) {
      lines.push({ text: `${line} ${hyphen[0]}`, hyphen: true });
      line = word.slice(hyphen[0].length);
      continue;
    }
    lines.push({ text: line, hyphen: false });
    line = word;
  }
  if (line) lines.push({ text: line, hyphen: false });
  return lines;
}

function sourceText(random: Random, index: number, sentences: string[]): string {
  const out: string[] = [];
  let textLines = 0;
  let page = 1;
  const emit = (line: string) => {
    if (textLines > 0 && textLines % linesPerPage === 0) out.push(...headerBlock(++page));
    out.push(line, '');
    textLines++;
  };
  emit(`Synthetic corpus ${index + 1} `);
  random.shuffle(sentences);
  let at = 0;
  let sinceHeading = 0;
  while (at < sentences.length) {
    if (sinceHeading >= random.int(10, 20)) {
      // A heading: a short line without a final stop.
      emit(
        `${random.pick(['Relations in the', 'Tensions across the', 'Trade in the'])} ${root(random)} region `,
      );
      sinceHeading = 0;
    }
    const paragraph: string[] = [];
    for (let n = random.int(3, 7); n > 0 && at < sentences.length; n--) {
      paragraph.push(sentences[at++]!);
      if (random.chance(0.25)) paragraph.push(random.pick(fillers));
    }
    const lines = wrap(paragraph.join(' '));
    lines.forEach((line, i) => {
      // A line ending in a hyphen has no trailing space; a paragraph ends with two.
      const last = i === lines.length - 1;
      emit(line.text + (line.hyphen ? '' : last ? '  ' : ' '));
    });
    sinceHeading++;
  }
  return out.join('\n');
}

// ── Files ───────────────────────────────────────────────────────────────────────────────────────

/** A YAML scalar: plain for ids and numbers, double-quoted (JSON is valid YAML) for text. */
const q = (text: string) => JSON.stringify(text);

function actorsYaml(actors: readonly SyntheticActor[], seed: number): string {
  const lines = [
    `# Synthetic actors (scripts/synthetic.ts, seed ${seed}): ${actors.length} actors for scale tests.`,
    '',
  ];
  for (const actor of actors) {
    lines.push(`- id: ${actor.id}`, `  name: ${q(actor.name)}`, `  kind: ${actor.kind}`);
    if (actor.aliases.length) lines.push(`  aliases: [${actor.aliases.map(q).join(', ')}]`);
    lines.push(`  description: ${q(actor.description)}`, '');
  }
  return lines.join('\n');
}

function relationsYaml(relations: readonly SyntheticRelation[], seed: number): string {
  const lines = [
    `# Synthetic relations (scripts/synthetic.ts, seed ${seed}): ${relations.length} relations,`,
    '# each quoting the generated source texts.',
    '',
  ];
  for (const r of relations) {
    lines.push(
      `- id: ${r.id}`,
      `  source: ${r.source}`,
      `  target: ${r.target}`,
      `  type: ${r.type}`,
      `  directed: ${r.directed}`,
      `  label: ${q(r.label)}`,
    );
    if (r.period) {
      const parts = (['from', 'to'] as const).flatMap((k) =>
        r.period?.[k] === undefined ? [] : [`${k}: ${r.period[k]}`],
      );
      lines.push(`  period: { ${parts.join(', ')} }`);
    }
    lines.push(`  confidence: ${r.confidence}`);
    if (r.note) lines.push(`  note: ${q(r.note)}`);
    lines.push('  evidence:');
    for (const e of r.evidence) {
      lines.push(`    - source: ${e.source}`, `      quote: ${q(e.quote)}`);
      if (e.prefix) lines.push(`      prefix: ${q(e.prefix)}`);
      if (e.suffix) lines.push(`      suffix: ${q(e.suffix)}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

function sourcesYaml(
  ids: readonly string[],
  pages: readonly number[],
  options: Required<SyntheticOptions>,
): string {
  const lines = [
    `# Synthetic source texts (scripts/synthetic.ts, seed ${options.seed}); not real articles.`,
    '',
  ];
  ids.forEach((id, i) => {
    lines.push(
      `- id: ${id}`,
      `  file: sources/${id}.txt`,
      `  title: ${q(`Synthetic corpus ${i + 1} of ${ids.length}: ${options.actors} actors, ${options.relations} relations (seed ${options.seed})`)}`,
      `  journal: ${q(journal)}`,
      '  volume: "1"',
      '  issue: "1"',
      '  month: January',
      '  year: 2024',
      `  pages: { first: 1, last: ${pages[i]} }`,
      '  header:',
      ...headerPatterns.map((pattern) => `    - ${q(pattern)}`),
      '  milestones:',
      '    - { year: 1971, label: "1971 war" }',
      '    - { year: 2001, label: "2001 invasion" }',
      '    - { year: 2021, label: "2021 withdrawal" }',
      '  note: "Generated by scripts/synthetic.ts to measure the pipeline at scale."',
      '',
    );
  });
  return lines.join('\n');
}

/** The dataset as a map from path (relative to the dataset folder) to content. */
export function generateDataset(options: SyntheticOptions): Record<string, string> {
  const full: Required<SyntheticOptions> = { seed: 1, sources: 1, ...options };
  const { actors: actorCount, relations: relationCount, seed, sources: sourceCount } = full;
  if (!Number.isInteger(actorCount) || actorCount < 2) throw new Error('--actors wants at least 2');
  if (!Number.isInteger(relationCount) || relationCount < 0)
    throw new Error('--relations wants a whole number ≥ 0');
  if (!Number.isInteger(sourceCount) || sourceCount < 1)
    throw new Error('--sources wants at least 1');

  const random = generator(seed);
  const sourceIds = Array.from({ length: sourceCount }, (_, i) => `synthetic-${i + 1}`);
  const actors = makeActors(random, actorCount);
  const relations = makeRelations(random, actors, relationCount, sourceIds);

  const sentences = new Map<string, string[]>(sourceIds.map((id) => [id, []]));
  for (const relation of relations)
    for (const e of relation.evidence) sentences.get(e.source)!.push(e.sentence);
  const files: Record<string, string> = {};
  const pages: number[] = [];
  sourceIds.forEach((id, i) => {
    const text = sourceText(random, i, sentences.get(id)!);
    files[`sources/${id}.txt`] = text;
    pages.push(1 + text.split('\n').filter((line) => line.startsWith('Original Article')).length);
  });
  return {
    'sources.yaml': sourcesYaml(sourceIds, pages, full),
    'actors.yaml': actorsYaml(actors, seed),
    'relations.yaml': relationsYaml(relations, seed),
    ...files,
  };
}

/** Writes a dataset folder, replacing synthetic texts a previous run left there. */
export function writeDataset(dir: string, files: Readonly<Record<string, string>>): void {
  try {
    for (const name of readdirSync(join(dir, 'sources')))
      if (/^synthetic-\d+\.txt$/.test(name)) rmSync(join(dir, 'sources', name));
  } catch {
    // No sources folder yet.
  }
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

// ── Command line ────────────────────────────────────────────────────────────────────────────────

const usage = `Usage: npx tsx scripts/synthetic.ts --actors N --relations M [--seed S] [--sources K] --out DIR

Writes a synthetic dataset (sources.yaml, actors.yaml, relations.yaml, sources/*.txt) to DIR;
the same options always give the same bytes. Sizes of the scale issue: ${standardSizes
  .map((s) => `${s.actors}/${s.relations}`)
  .join(', ')}.`;

function main(): number {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        actors: { type: 'string' },
        relations: { type: 'string' },
        seed: { type: 'string', default: '1' },
        sources: { type: 'string', default: '1' },
        out: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  if (values.help) {
    console.log(usage);
    return 0;
  }
  if (!values.actors || !values.relations || !values.out) {
    console.error(`--actors, --relations and --out are needed\n\n${usage}`);
    return 2;
  }
  const started = performance.now();
  let files;
  try {
    files = generateDataset({
      actors: Number(values.actors),
      relations: Number(values.relations),
      seed: Number(values.seed),
      sources: Number(values.sources),
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  const out = resolve(values.out);
  writeDataset(out, files);
  const bytes = Object.values(files).reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  console.error(
    `wrote ${values.out}: ${values.actors} actors, ${values.relations} relations, ` +
      `${values.sources} source text(s), ${(bytes / 1e6).toFixed(1)} MB in ${Math.round(performance.now() - started)} ms`,
  );
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main();
}
