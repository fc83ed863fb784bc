// The export command run as a person runs it (npx tsx, as a child process) on a tiny dataset,
// its output read back by independent readers: the schema, graphology-graphml, csv-parse and
// cytoscape itself for Cytoscape JSON.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import cytoscape from 'cytoscape';
import Graph from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CompiledGraph } from '../web/model/schema';

const root = fileURLToPath(new URL('..', import.meta.url));
let dir = '';
let data = '';

const dataset = {
  'sources.yaml': `- id: mini
  file: sources/mini.txt
  title: A small text
  year: 2024
`,
  'actors.yaml': `- id: north
  name: North "N" & Co
  kind: state
  aliases: [N, The North]
  description: A northern state.
- id: south
  name: South جنوب
  kind: state
  description: A southern state.
- id: league
  name: League
  kind: alliance
  description: An alliance of both.
`,
  'relations.yaml': `- id: north-south-rivalry
  source: north
  target: south
  type: rivalry
  directed: false
  label: North and South dispute the border
  period: { from: 1990, to: 2000 }
  confidence: stated
  evidence:
    - source: mini
      quote: North and South disputed the border
- id: north-league-member
  source: north
  target: league
  type: cooperation
  directed: true
  label: North joined the League
  confidence: stated
  evidence:
    - source: mini
      quote: North joined the League
`,
  'sources/mini.txt': `North and South disputed the border for a decade.

Then North joined the League, and South "watched" <closely>.
`,
};

interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

function exportCommand(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      'npx',
      ['tsx', 'scripts/export.ts', ...args],
      { cwd: root, timeout: 280_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const status = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ status, stdout, stderr });
      },
    );
  });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'actor-graph-export-'));
  data = join(dir, 'data');
  for (const [name, text] of Object.entries(dataset)) {
    mkdirSync(join(data, name, '..'), { recursive: true });
    writeFileSync(join(data, name), text);
  }
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

// Each run starts tsx, which takes seconds on a busy machine: runs overlap, with room to spare.
describe.concurrent('scripts/export.ts', { timeout: 300_000 }, () => {
  it('writes JSON to standard output that the schema accepts', async () => {
    const run = await exportCommand('--format', 'json', '--data', data);
    expect(run.status).toBe(0);
    const graph = CompiledGraph.parse(JSON.parse(run.stdout));
    expect(graph.actors.map((actor) => actor.id)).toEqual(['north', 'south', 'league']);
    expect(graph.relations.map((relation) => relation.id)).toEqual([
      'north-south-rivalry',
      'north-league-member',
    ]);
  });

  it('writes Cytoscape JSON that cytoscape loads with its data and positions', async () => {
    const run = await exportCommand('--format', 'cyjs', '--data', data, '--compact');
    expect(run.status).toBe(0);
    const doc = JSON.parse(run.stdout) as { elements: cytoscape.ElementsDefinition };
    const cy = cytoscape({ headless: true, elements: doc.elements });
    expect(cy.nodes().map((node) => node.id())).toEqual(['north', 'south', 'league']);
    expect(cy.getElementById('north').data('label')).toBe('North "N" & Co');
    expect(cy.getElementById('north').data('aliases')).toEqual(['N', 'The North']);
    expect(Number.isFinite(cy.getElementById('south').position('x'))).toBe(true);
    const rivalry = cy.getElementById('north-south-rivalry');
    expect(rivalry.isEdge()).toBe(true);
    expect(rivalry.source().id()).toBe('north');
    expect(rivalry.target().id()).toBe('south');
    expect(rivalry.data()).toMatchObject({
      type: 'rivalry',
      directed: false,
      period_from: 1990,
      period_to: 2000,
      evidence_count: 1,
      first_quote: 'North and South disputed the border',
    });
    const again = cytoscape({ headless: true });
    again.json(doc);
    expect(again.elements().length).toBe(5);
  });

  it('writes a file with --out, read back by graphology-graphml', async () => {
    const out = join(dir, 'one', 'graph.graphml');
    const run = await exportCommand('--format', 'graphml', '--data', data, '--out', out);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/wrote .*graph\.graphml \(\d+ bytes\): 3 actors, 2 relations/);
    const graph = parseGraphml(Graph, readFileSync(out, 'utf8'));
    expect(graph.order).toBe(3);
    expect(graph.getNodeAttribute('north', 'name')).toBe('North "N" & Co');
    expect(graph.isDirected('north-league-member')).toBe(true);
    expect(graph.isDirected('north-south-rivalry')).toBe(false);
  });

  it('writes the three CSV tables, named after their content, into a folder', async () => {
    const out = join(dir, 'tables') + '/';
    const run = await exportCommand('--format', 'csv', '--data', data, '--out', out);
    expect(run.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'actor-graph-mini-actors.csv',
      'actor-graph-mini-evidence.csv',
      'actor-graph-mini-relations.csv',
    ]);
    const actors = parseCsv(readFileSync(join(out, 'actor-graph-mini-actors.csv')), {
      columns: true,
    });
    expect(actors).toHaveLength(3);
    expect(actors[0]).toMatchObject({
      id: 'north',
      name: 'North "N" & Co',
      aliases: 'N; The North',
    });
  });

  it('writes the three CSV tables beside a file name', async () => {
    const out = join(dir, 'named', 'graph.csv');
    const run = await exportCommand('--format', 'csv', '--data', data, '--out', out);
    expect(run.status).toBe(0);
    expect(readdirSync(join(dir, 'named')).sort()).toEqual([
      'graph-actors.csv',
      'graph-evidence.csv',
      'graph-relations.csv',
    ]);
  });

  it('writes one CSV table to standard output', async () => {
    const run = await exportCommand('--format', 'csv', '--table', 'evidence', '--data', data);
    expect(run.status).toBe(0);
    const rows = parseCsv(run.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => row.quote)).toEqual([
      'North and South disputed the border',
      'North joined the League',
    ]);
  });

  it('exports the view of some actors, named as a view', async () => {
    const out = join(dir, 'view') + '/';
    const run = await exportCommand(
      '--format',
      'gexf',
      '--data',
      data,
      '--actors',
      'north,league,atlantis',
      '--out',
      out,
    );
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('warning: not in the graph, left out: atlantis');
    expect(readdirSync(out)).toEqual(['actor-graph-mini-view.gexf']);
    const gexf = readFileSync(join(out, 'actor-graph-mini-view.gexf'), 'utf8');
    expect(gexf).toContain('<edge id="north-league-member"');
    expect(gexf).not.toContain('south');
  });

  it('refuses an unknown format with the list of formats (exit 2)', async () => {
    const run = await exportCommand('--format', 'pdf', '--data', data);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      'unknown format "pdf"; formats: json, cyjs, graphml, gexf, csv, annotations, png, svg',
    );
    expect(run.stdout).toBe('');
  });

  it('refuses a wrong command line (exit 2)', async () => {
    const [missing, table, option] = await Promise.all([
      exportCommand('--data', data),
      exportCommand('--format', 'json', '--table', 'actors', '--data', data),
      exportCommand('--format', 'json', '--colour'),
    ]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('missing --format');
    expect(table.status).toBe(2);
    expect(table.stderr).toContain('--table is for --format csv, not json');
    expect(option.status).toBe(2);
    expect(option.stderr).toContain("Unknown option '--colour'");
  });

  it('says when it cannot write the file (exit 1)', async () => {
    const blocker = join(dir, 'a-file');
    writeFileSync(blocker, 'not a folder');
    const out = join(blocker, 'graph.json');
    const run = await exportCommand('--format', 'json', '--data', data, '--out', out);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`cannot write ${out}:`);
    expect(run.stderr).toContain('choose a writable path');
  });

  it('refuses an empty view (exit 1)', async () => {
    const run = await exportCommand(
      '--format',
      'json',
      '--data',
      data,
      '--actors',
      'atlantis,utopia',
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'view: the view is empty: no actor of the view ("atlantis", "utopia") is in the graph; choose actors of the graph, e.g. "north", "south", "league"',
    );
    expect(run.stdout).toBe('');
  });

  // Draws with the real app in Chromium (after building it): slow, so one image test.
  it(
    "draws an SVG of a view with the app, its text the actors' names",
    { timeout: 400_000 },
    async () => {
      const out = join(dir, 'images') + '/';
      const run = await exportCommand(
        '--format',
        'svg',
        '--data',
        data,
        '--view',
        'types=rivalry',
        '--out',
        out,
      );
      expect(run.stderr).toMatch(
        /wrote .*actor-graph-mini-view\.svg \(\d+ bytes\): 3 actors, 1 relations/,
      );
      expect(run.status).toBe(0);
      const svg = readFileSync(join(out, 'actor-graph-mini-view.svg'), 'utf8');
      expect(XMLValidator.validate(svg)).toBe(true);
      const texts = [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map(([, text]) =>
        text!.replaceAll('&quot;', '"').replaceAll('&amp;', '&'),
      );
      expect(texts).toEqual(expect.arrayContaining(['North "N" & Co', 'South جنوب', 'League']));
      expect(svg).toContain('Source: A small text, 2024');
      expect(svg).toContain('View: relation types: rivalry · 3 actors, 1 relation');
    },
  );

  it('refuses a PNG to standard output, and image options on data (exit 2)', async () => {
    const [png, scale, actors] = await Promise.all([
      exportCommand('--format', 'png', '--data', data),
      exportCommand('--format', 'json', '--data', data, '--scale', '3'),
      exportCommand('--format', 'svg', '--data', data, '--actors', 'north'),
    ]);
    expect(png.status).toBe(2);
    expect(png.stderr).toContain(
      'png: a PNG is binary and is not written to standard output; give --out FILE.png or --out FOLDER/',
    );
    expect(png.stdout).toBe('');
    expect(scale.status).toBe(2);
    expect(scale.stderr).toContain('--scale is for --format png, not json');
    expect(actors.status).toBe(2);
    expect(actors.stderr).toContain('an image draws a view of the app: use --view');
  });

  it('refuses a view the graph does not have (exit 2), and an empty one (exit 1)', async () => {
    const [unknown, empty] = await Promise.all([
      exportCommand('--format', 'png', '--data', data, '--view', 'focus=atlantis', '--out', dir),
      exportCommand('--format', 'svg', '--data', data, '--view', 'kinds='),
    ]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain(
      '--view: The link could not be used (unknown actor "atlantis" to focus on)',
    );
    expect(empty.status).toBe(1);
    expect(empty.stderr).toContain(
      'view: the view is empty: no actor passes --view "kinds="; loosen it',
    );
  });

  it('exports data of the view an address gives', async () => {
    const run = await exportCommand('--format', 'json', '--data', data, '--view', '?types=rivalry');
    expect(run.status).toBe(0);
    const graph = CompiledGraph.parse(JSON.parse(run.stdout));
    expect(graph.relations.map((relation) => relation.id)).toEqual(['north-south-rivalry']);
  });

  it('reports data that does not compile (exit 1)', async () => {
    const run = await exportCommand('--format', 'json', '--data', join(dir, 'nowhere'));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('sources.yaml:1:1 file is missing');
    expect(run.stderr).toContain('nothing exported');
  });
});
