// The benchmark at scale (npm run bench -- --sizes 500x2000,2000x10000,5000x25000): for each size
// it generates a synthetic dataset (scripts/synthetic.ts), compiles it in a fresh process per run,
// serves the compiled graph as data/graph.json with the built app and measures, each run in a
// fresh browser context: the first frame, an edge click to the evidence panel, a filter change
// to the repaint, a search to the actor centred, the analysis panel opened, its Blocs shown and
// coloured on the graph, its Paths shown, the JS heap and the longest main-thread task of those
// interactions. The same graph is also drawn by a bare Cytoscape page (canvas, and WebGL) and,
// when sigma is installed, by sigma.js, for ratios: what the app adds to the renderer.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, CDPSession, Locator, Page } from '@playwright/test';
import { Filters } from '../../e2e/pages/filters';
import { largeGraphRelations } from '../../web/cytoscape/adapter';
import type { CompiledGraph } from '../../web/model/schema';
import { kindShapes, relationStyles } from '../../web/theme';
import { generateDataset, writeDataset } from '../synthetic';
import type { CompileTimes } from './compile-timed';
import { idleFrames, metric, sleep, threadTime, within } from './page';
import { installProbe, type Interaction } from './probe';
import { format, median } from './report';
import { readSite, serveSite } from './site';

export interface Size {
  actors: number;
  relations: number;
}

export function parseSizes(text: string): Size[] {
  return text.split(',').map((part) => {
    const match = /^\s*(\d+)\s*x\s*(\d+)\s*$/i.exec(part);
    if (!match)
      throw new Error(`--sizes wants ACTORSxRELATIONS,... (e.g. 500x2000), not "${part}"`);
    return { actors: Number(match[1]), relations: Number(match[2]) };
  });
}

const sizeName = (size: Size) =>
  `${size.actors.toLocaleString('en')}/${size.relations.toLocaleString('en')}`;

const viewport = { width: 1400, height: 900 };
const loadTimeoutMs = 300_000;
const stepTimeoutMs = 300_000;
/** Pause between the graph appearing and the first interaction, as a person would take. */
const settleMs = 500;
/**
 * What the analysis steps wait for, in order: the panel opened, its Blocs, the blocs coloured on
 * the graph, and its Paths.
 */
const analysisSteps = ['ranking', 'blocs', 'colour', 'paths'] as const;
export type AnalysisStep = (typeof analysisSteps)[number];

/** The relation type the filter step unchecks. */
const filteredType = 'rivalry';

// ── In the page ─────────────────────────────────────────────────────────────────────────────────

/** A change measured in the page, in ms since navigation. */
export interface Timed {
  startedAt: number;
  paintedAt: number;
}

export interface ScaleProbe {
  /** Main-thread tasks of 50 ms or more (PerformanceObserver "longtask"). */
  longTasks: { start: number; duration: number }[];
  /**
   * Times from the next mousedown to the frame painted after the click it begins (the click's
   * handlers, Lit's updates and Cytoscape's redraw all run before that frame).
   */
  armClick(timeoutMs: number): void;
  /**
   * Times from the next keydown to the frame painted once the awaited state holds, checked in
   * every frame: `listed`, the search offers `arg` first; `centred`, actor `arg` is in the middle
   * of the graph (within 6 px: borders) and has stopped moving.
   */
  armKey(awaited: 'listed' | 'centred', arg: string, timeoutMs: number): void;
  /**
   * Times from the next mousedown to the frame painted once the analysis panel shows what was
   * asked, checked in every frame: `ranking`, the influence ranking; `blocs`, the members of the
   * blocs (computed in a worker on a large graph); `colour`, every actor of the graph coloured by
   * its bloc (a large graph colours a slice per frame); `paths`, the lists of actors to choose
   * from.
   */
  armAnalysis(awaited: AnalysisStep, timeoutMs: number): void;
  timed?: Promise<Timed>;
  /** Size of the graph's drawing area, to draw the bare pages at the same size. */
  canvasSize(): { width: number; height: number } | undefined;
}

declare global {
  interface Window {
    __scale?: ScaleProbe;
  }
}

/** Installed before the app's scripts; sent as source text, so self-contained. */
export function installScaleProbe(): void {
  const afterPaint = () =>
    new Promise<number>((resolve) =>
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)),
    );
  const deepQuery = (root: Document | ShadowRoot, selector: string): Element | null => {
    const found = root.querySelector(selector);
    if (found) return found;
    for (const element of root.querySelectorAll('*')) {
      const inner = element.shadowRoot && deepQuery(element.shadowRoot, selector);
      if (inner) return inner;
    }
    return null;
  };
  const canvas = () =>
    deepQuery(document, 'ag-graph')?.shadowRoot?.querySelector('.canvas') ?? undefined;

  const longTasks: ScaleProbe['longTasks'] = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task timing in this browser: the figure stays empty.
  }

  /** Resolves with the time of the next event of this type (capture phase of window). */
  const next = (type: string) =>
    new Promise<number>((resolve) =>
      addEventListener(type, () => resolve(performance.now()), { capture: true, once: true }),
    );
  const timeout = (ms: number, what: string | (() => string)) =>
    new Promise<never>((_, reject) =>
      setTimeout(
        () => reject(new Error(`${typeof what === 'string' ? what : what()} within ${ms} ms`)),
        ms,
      ),
    );

  let previous: string | undefined;
  /** Where the awaited actor was last seen, for the message of a time-out. */
  let last = 'never seen';
  const checks = {
    listed: (name: string) => {
      const option = deepQuery(document, 'ag-search')?.shadowRoot?.querySelector(
        '[role="option"] .name',
      );
      return option?.textContent?.trim() === name;
    },
    centred: (id: string) => {
      const view = (window as { actorGraphView?: { clientPosition(id: string): unknown } })
        .actorGraphView;
      const at = view?.clientPosition(id) as { x: number; y: number } | undefined;
      const box = canvas()?.getBoundingClientRect();
      if (!at || !box) return false;
      const here = `${at.x.toFixed(1)},${at.y.toFixed(1)}`;
      const still = here === previous;
      previous = here;
      const middle = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      last = `at ${here}, middle ${middle.x.toFixed(1)},${middle.y.toFixed(1)}`;
      return still && Math.abs(at.x - middle.x) < 6 && Math.abs(at.y - middle.y) < 6;
    },
  };

  /** What each step waits for: every selector matching in the panel. */
  const shown: Record<AnalysisStep, string[]> = {
    ranking: ['ol.ranking > li'],
    blocs: ['[data-bloc="0"] .members'],
    // The box ticked (so the blocs are handed to the graph), and then the graph done colouring.
    colour: ['.colour-blocs input:checked'],
    // Both lists of actors filled (past a few hundred actors, a task after the section shows).
    paths: ['#path-from option:nth-child(2)', '#path-to option:nth-child(2)'],
  };
  const done: Partial<Record<AnalysisStep, () => boolean>> = {
    colour: () => window.actorGraphView?.painting() === false,
  };

  const probe: ScaleProbe = {
    longTasks,
    armAnalysis(awaited, timeoutMs) {
      const measured = (async () => {
        const startedAt = await next('mousedown');
        await new Promise<void>((resolve) => {
          const poll = () => {
            const panel = deepQuery(document, 'ag-analysis')?.shadowRoot;
            const found = shown[awaited].every((selector) => panel?.querySelector(selector));
            if (found && (done[awaited]?.() ?? true)) resolve();
            else requestAnimationFrame(poll);
          };
          requestAnimationFrame(poll);
        });
        return { startedAt, paintedAt: await afterPaint() };
      })();
      probe.timed = Promise.race([measured, timeout(timeoutMs, `the ${awaited} never showed`)]);
      probe.timed.catch(() => {});
    },
    armClick(timeoutMs) {
      const measured = (async () => {
        const startedAt = await next('mousedown');
        await next('click');
        // A task after the click's: its handlers and the microtasks they queued have run.
        await new Promise((resolve) => setTimeout(resolve, 0));
        return { startedAt, paintedAt: await afterPaint() };
      })();
      probe.timed = Promise.race([measured, timeout(timeoutMs, 'no click was painted')]);
      probe.timed.catch(() => {});
    },
    armKey(awaited, arg, timeoutMs) {
      previous = undefined;
      const measured = (async () => {
        const startedAt = await next('keydown');
        await new Promise<void>((resolve) => {
          const poll = () => (checks[awaited](arg) ? resolve() : requestAnimationFrame(poll));
          requestAnimationFrame(poll);
        });
        return { startedAt, paintedAt: await afterPaint() };
      })();
      const what = () =>
        `${arg} was not ${awaited} (${awaited === 'centred' ? last : 'not offered first'})`;
      probe.timed = Promise.race([measured, timeout(timeoutMs, what)]);
      probe.timed.catch(() => {});
    },
    canvasSize() {
      const box = canvas()?.getBoundingClientRect();
      return box && { width: Math.round(box.width), height: Math.round(box.height) };
    },
  };
  window.__scale = probe;
}

/**
 * The bare Cytoscape page: the same actors (preset positions from the compiled layout), one edge
 * per relation and the app's look (shapes, colours, line styles, arrows, labels), nothing else.
 * `?webgl` turns on Cytoscape's WebGL renderer. Sets window.actorGraphView as the app does, so
 * the probe times its first frame the same way.
 */
function bareCytoscape(look: {
  relationStyles: typeof relationStyles;
  kindShapes: typeof kindShapes;
}): void {
  const params = new URLSearchParams(location.search);
  const container = document.getElementById('graph')!;
  container.style.width = `${params.get('width') ?? 1000}px`;
  container.style.height = `${params.get('height') ?? 700}px`;
  void fetch('../data/graph.json')
    .then((response) => response.json())
    .then((graph: CompiledGraph) => {
      const cytoscape = (window as unknown as { cytoscape: typeof import('cytoscape') }).cytoscape;
      // Relations per pair of actors: one alone on its pair may be drawn straight (?straight).
      const pairOf = (r: { source: string; target: string }) =>
        [r.source, r.target].sort().join(' ');
      const lines = new Map<string, number>();
      for (const r of graph.relations) lines.set(pairOf(r), (lines.get(pairOf(r)) ?? 0) + 1);
      const elements = [
        ...graph.actors.map((actor) => ({
          group: 'nodes' as const,
          data: { id: actor.id, label: actor.name, kind: actor.kind },
          position: { ...(graph.layout[actor.id] ?? { x: 0, y: 0 }) },
        })),
        ...graph.relations.map((relation) => ({
          group: 'edges' as const,
          data: { id: relation.id, source: relation.source, target: relation.target },
          classes: [
            relation.type,
            relation.directed ? 'directed' : 'mutual',
            ...(lines.get(pairOf(relation)) === 1 ? ['alone'] : []),
          ],
        })),
      ];
      const cy = cytoscape({
        container,
        elements,
        layout: { name: 'preset', fit: true, padding: 40 },
        minZoom: 0.1,
        maxZoom: 4,
        ...(params.has('webgl') ? { renderer: { name: 'canvas', webgl: true } } : {}),
        style: [
          {
            selector: 'node',
            style: {
              label: 'data(label)',
              'background-color': '#dfe6f0',
              'border-color': '#3a4a63',
              'border-width': 1.5,
              width: 30,
              height: 30,
              'font-size': 14,
              'text-valign': 'bottom',
              'text-margin-y': 4,
              'text-background-color': '#ffffff',
              'text-background-opacity': 0.85,
              'text-max-width': '120px',
              'text-wrap': 'wrap',
            },
          },
          ...Object.entries(look.kindShapes).map(([kind, shape]) => ({
            selector: `node[kind = "${kind}"]`,
            style: { shape },
          })),
          { selector: 'edge', style: { 'curve-style': 'bezier', opacity: 0.85 } },
          ...Object.entries(look.relationStyles).map(([type, style]) => ({
            selector: `edge.${type}`,
            style: {
              'line-color': style.color,
              'line-style': style.line,
              width: style.width,
              'target-arrow-color': style.color,
              'target-arrow-shape': style.arrow,
            },
          })),
          { selector: 'edge.mutual', style: { 'target-arrow-shape': 'none' } },
          { selector: '.hidden', style: { display: 'none' } },
          // Variants to try what would make the app faster: straight lines where a pair has one
          // (no search for parallel edges), no labels below a readable size on screen.
          ...(params.has('straight')
            ? [{ selector: 'edge.alone', style: { 'curve-style': 'straight' } }]
            : []),
          ...(params.has('solid') ? [{ selector: 'edge', style: { 'line-style': 'solid' } }] : []),
          ...(params.has('noarrows')
            ? [{ selector: 'edge', style: { 'target-arrow-shape': 'none' } }]
            : []),
          ...(params.has('minfont')
            ? [
                {
                  selector: 'node',
                  style: { 'min-zoomed-font-size': Number(params.get('minfont')) },
                },
              ]
            : []),
        ] as never,
      });
      const afterPaint = () =>
        new Promise<number>((resolve) =>
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)),
        );
      (window as unknown as Record<string, unknown>).__bare = {
        /** Hides the relations of a type; resolves with ms to the frame painted after. */
        async filter(type: string) {
          const started = performance.now();
          cy.batch(() => cy.edges(`.${type}`).addClass('hidden'));
          return (await afterPaint()) - started;
        },
        /** Pans by a few pixels; resolves with ms to the frame painted after. */
        async pan() {
          const started = performance.now();
          cy.panBy({ x: 40, y: 0 });
          return (await afterPaint()) - started;
        },
      };
      (window as unknown as Record<string, unknown>).actorGraphView = {};
    });
}

/** The sigma.js page (bundled here with esbuild when sigma is installed). */
function sigmaPage(look: { relationStyles: typeof relationStyles }): void {
  const params = new URLSearchParams(location.search);
  const container = document.getElementById('graph')!;
  container.style.width = `${params.get('width') ?? 1000}px`;
  container.style.height = `${params.get('height') ?? 700}px`;
  const { Graph, Sigma } = (window as unknown as { __sigmaLibs: { Graph: never; Sigma: never } })
    .__sigmaLibs as unknown as {
    Graph: new (options: object) => {
      addNode(id: string, attributes: object): void;
      addEdgeWithKey(id: string, source: string, target: string, attributes: object): void;
      forEachEdge(fn: (id: string, attributes: { type: string }) => void): void;
      setEdgeAttribute(id: string, name: string, value: unknown): void;
    };
    Sigma: new (graph: unknown, container: HTMLElement, settings: object) => unknown;
  };
  void fetch('../data/graph.json')
    .then((response) => response.json())
    .then((graph: CompiledGraph) => {
      const g = new Graph({ multi: true, type: 'mixed' });
      for (const actor of graph.actors) {
        const at = graph.layout[actor.id] ?? { x: 0, y: 0 };
        // Sigma's y axis points up.
        g.addNode(actor.id, { x: at.x, y: -at.y, size: 4, label: actor.name, color: '#3a4a63' });
      }
      for (const relation of graph.relations) {
        g.addEdgeWithKey(relation.id, relation.source, relation.target, {
          type: relation.directed ? 'arrow' : 'line',
          relationType: relation.type,
          color: look.relationStyles[relation.type].color,
          size: 1,
        });
      }
      new Sigma(g, container, { renderEdgeLabels: false });
      const afterPaint = () =>
        new Promise<number>((resolve) =>
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)),
        );
      (window as unknown as Record<string, unknown>).__bare = {
        async filter(type: string) {
          const started = performance.now();
          g.forEachEdge((id, attributes) => {
            if ((attributes as unknown as { relationType: string }).relationType === type)
              g.setEdgeAttribute(id, 'hidden', true);
          });
          return (await afterPaint()) - started;
        },
      };
      (window as unknown as Record<string, unknown>).actorGraphView = {};
    });
}

const pageHtml = (title: string, scripts: string[]) =>
  `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${title}</title><link rel="icon" href="data:,">
<style>html, body { margin: 0; } #graph { position: absolute; left: 0; top: 0; }</style></head>
<body><div id="graph"></div>${scripts.map((src) => `<script src="${src}"></script>`).join('')}</body>
</html>
`;

/** Source text of a page function called with its argument (tsx wraps named functions). */
const pageScript = (fn: (arg: never) => void, arg: unknown) =>
  `globalThis.__name ??= (fn) => fn;\n(${fn.toString()})(${JSON.stringify(arg)});\n`;

function sigmaInstalled(root: string): boolean {
  return existsSync(join(root, 'node_modules', 'sigma', 'package.json'));
}

/** sigma and graphology bundled for the browser, exposed as window.__sigmaLibs. */
async function bundleSigma(root: string): Promise<string> {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    stdin: {
      contents:
        "import Sigma from 'sigma'; import Graph from 'graphology'; window.__sigmaLibs = { Sigma, Graph };",
      resolveDir: root,
      loader: 'js',
    },
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/** The pages served beside the app for the comparison. */
export async function comparisonPages(root: string): Promise<{
  files: Record<string, Buffer>;
  renderers: Renderer[];
  notes: string[];
}> {
  const look = { relationStyles, kindShapes };
  const files: Record<string, Buffer> = {
    '/bench/cytoscape.min.js': readFileSync(
      join(root, 'node_modules', 'cytoscape', 'dist', 'cytoscape.min.js'),
    ),
    '/bench/bare.js': Buffer.from(pageScript(bareCytoscape as (arg: never) => void, look)),
    '/bench/cytoscape.html': Buffer.from(
      pageHtml('Bare Cytoscape', ['cytoscape.min.js', 'bare.js']),
    ),
  };
  const renderers: Renderer[] = [
    { key: 'cytoscape', name: 'bare Cytoscape (canvas)', path: 'bench/cytoscape.html' },
    {
      key: 'cytoscape-webgl',
      name: 'bare Cytoscape (webgl: true)',
      path: 'bench/cytoscape.html',
      query: 'webgl',
    },
  ];
  const notes: string[] = [];
  if (sigmaInstalled(root)) {
    try {
      files['/bench/sigma-libs.js'] = Buffer.from(await bundleSigma(root));
      files['/bench/sigma-page.js'] = Buffer.from(
        pageScript(sigmaPage as (arg: never) => void, { relationStyles }),
      );
      files['/bench/sigma.html'] = Buffer.from(
        pageHtml('sigma.js', ['sigma-libs.js', 'sigma-page.js']),
      );
      renderers.push({ key: 'sigma', name: 'sigma.js (WebGL)', path: 'bench/sigma.html' });
    } catch (error) {
      notes.push(`sigma.js skipped: it could not be bundled (${(error as Error).message})`);
    }
  } else {
    notes.push(
      'sigma.js skipped: sigma is not installed (npm install --save-dev sigma to compare with it)',
    );
  }
  return { files, renderers, notes };
}

// ── Choosing what to click and search ───────────────────────────────────────────────────────────

interface Targets {
  /** Relations to click, best first: alone on their line, with room around their midpoint. */
  relations: string[];
  /** The actor to search for: the most related one, a person's likely first search. */
  actor: { id: string; name: string; degree: number };
}

function chooseTargets(graph: CompiledGraph): Targets {
  const at = (id: string) => graph.layout[id] ?? { x: 0, y: 0 };
  const degree = new Map<string, number>();
  const lines = new Map<string, number>(); // Drawn lines per pair of actors (bundles).
  const bundles = new Map<string, number>();
  for (const r of graph.relations) {
    for (const end of [r.source, r.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
    const [a, b] = r.directed ? [r.source, r.target] : [r.source, r.target].sort();
    const bundle = `${a} ${b} ${r.type} ${r.directed}`;
    if (!bundles.has(bundle)) {
      const pair = [r.source, r.target].sort().join(' ');
      lines.set(pair, (lines.get(pair) ?? 0) + 1);
    }
    bundles.set(bundle, (bundles.get(bundle) ?? 0) + 1);
  }
  const xs = Object.values(graph.layout).map((p) => p.x);
  const span = Math.max(1, Math.max(...xs) - Math.min(...xs));
  // Drawn straight, alone in their bundle, near the middle of the first view.
  const candidates = graph.relations
    .filter((r) => r.type === 'cooperation')
    .filter((r) => {
      const [a, b] = r.directed ? [r.source, r.target] : [r.source, r.target].sort();
      return (
        bundles.get(`${a} ${b} ${r.type} ${r.directed}`) === 1 &&
        lines.get([r.source, r.target].sort().join(' ')) === 1
      );
    })
    .map((r) => {
      const [p, q] = [at(r.source), at(r.target)];
      return {
        r,
        mid: { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 },
        length: Math.hypot(p.x - q.x, p.y - q.y),
      };
    })
    .filter(({ length }) => length > 60)
    .sort((a, b) => Math.hypot(a.mid.x, a.mid.y) - Math.hypot(b.mid.x, b.mid.y))
    .slice(0, 300);
  const segments = graph.relations.map((r) => ({ id: r.id, p: at(r.source), q: at(r.target) }));
  const toSegment = (m: { x: number; y: number }, p: typeof m, q: typeof m) => {
    const [dx, dy] = [q.x - p.x, q.y - p.y];
    const t = Math.max(
      0,
      Math.min(1, ((m.x - p.x) * dx + (m.y - p.y) * dy) / (dx * dx + dy * dy || 1)),
    );
    return Math.hypot(m.x - (p.x + t * dx), m.y - (p.y + t * dy));
  };
  const scored = candidates
    .filter(({ mid }) => Math.hypot(mid.x, mid.y) < span / 5)
    .map(({ r, mid }) => {
      let room = Infinity;
      for (const actor of graph.actors) {
        const p = at(actor.id);
        room = Math.min(room, Math.hypot(mid.x - p.x, mid.y - p.y) - 25);
      }
      for (const s of segments) if (s.id !== r.id) room = Math.min(room, toSegment(mid, s.p, s.q));
      return { id: r.id, room };
    })
    .sort((a, b) => b.room - a.room);
  const relations = scored.map((s) => s.id);
  if (relations.length === 0) relations.push(graph.relations[0]!.id);
  const [hub] = [...graph.actors].sort(
    (a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || a.id.localeCompare(b.id),
  );
  return { relations, actor: { id: hub!.id, name: hub!.name, degree: degree.get(hub!.id) ?? 0 } };
}

// ── Runs ────────────────────────────────────────────────────────────────────────────────────────

interface AppRun {
  firstFrameMs: number;
  /** Load milestones (ms since navigation): graph data received, Cytoscape created. */
  milestones: { dataReceived?: number; graphSet?: number };
  heapMB: number;
  /** Renderer main-thread CPU time of each step, ms. */
  cpu: { load: number; click: number; filter: number; listed: number; centred: number };
  clickMs: number;
  /** The relation the click selected (another than aimed at, when the click hit another line). */
  clicked: string;
  filterMs: number;
  listedMs: number;
  centredMs: number;
  /** Each analysis step, from the click to the frame that shows its result. */
  analysisMs: Record<AnalysisStep, number>;
  /** Longest main-thread task (ms) of each interaction and of all of them. */
  longestTask: {
    click: number;
    filter: number;
    listed: number;
    centred: number;
    all: number;
  } & Record<AnalysisStep, number>;
  canvas?: { width: number; height: number };
  errors: string[];
}

interface RendererRun {
  firstFrameMs: number;
  heapMB: number;
  filterMs: number;
  cpu: { load: number; filter: number };
  errors: string[];
}

interface Renderer {
  key: string;
  name: string;
  path: string;
  query?: string;
}

async function newPage(browser: Browser, scripts: string[]) {
  const context: BrowserContext = await browser.newContext({ viewport });
  for (const script of scripts)
    await context.addInitScript({ content: `globalThis.__name ??= (fn) => fn;\n(${script})();` });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const cdp: CDPSession = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return { context, page, cdp, errors };
}

async function firstFrame(page: Page, cdp: CDPSession, url: string, errors: string[]) {
  await page.goto(url);
  const firstFrameMs = await within(
    page.evaluate(() => window.__bench!.graphPainted),
    loadTimeoutMs,
    () => `the graph was not drawn${errors.length ? `; the page said: ${errors.join(' | ')}` : ''}`,
  );
  const load = await threadTime(cdp);
  await cdp.send('HeapProfiler.collectGarbage');
  const heapMB = (await metric(cdp, 'JSHeapUsedSize')) / 1e6;
  return { firstFrameMs, load, heapMB };
}

/** Waits for what the scale probe was armed for; with the main-thread CPU time it took. */
async function awaitTimed(page: Page, cdp: CDPSession, before: number, what: string) {
  const timed = await within(
    page.evaluate(() => window.__scale!.timed!),
    stepTimeoutMs + 5_000,
    `${what} never finished`,
  );
  return { ...timed, ms: timed.paintedAt - timed.startedAt, cpu: (await threadTime(cdp)) - before };
}

/**
 * Clicks the first relation of the list that the mouse reaches (at the zoom that fits a big graph
 * a line is thin: the click may select another line, which measures the same thing, or an actor
 * or a bundle, and then the next relation is tried); times it to the evidence shown.
 */
async function clickEvidence(
  page: Page,
  cdp: CDPSession,
  relations: readonly string[],
  relationIds: ReadonlySet<string>,
) {
  for (const relation of relations.slice(0, 5)) {
    const position = await page.evaluate(
      (id) => window.actorGraphView?.clientPosition(id),
      relation,
    );
    if (!position || position.x < 0 || position.y < 0) continue;
    if (position.x > viewport.width || position.y > viewport.height) continue;
    await page.mouse.move(position.x, position.y);
    await idleFrames(page);
    await page.evaluate((ms) => window.__bench!.arm('evidence', ms), stepTimeoutMs);
    const interaction = page.evaluate(() => window.__bench!.interaction!);
    interaction.catch(() => {});
    const before = await threadTime(cdp);
    await page.mouse.down();
    await page.mouse.up();
    // The click selected a relation, or another thing (an actor, a bundle that opened): try on.
    const selected = await page.evaluate(() => window.actorGraphView?.selectedIds() ?? []);
    const [clicked] = selected;
    if (clicked === undefined || !relationIds.has(clicked)) continue;
    const measured: Interaction = await within(
      interaction,
      stepTimeoutMs + 5_000,
      'the evidence never showed',
    );
    return {
      clicked,
      ms: measured.paintedAt - measured.pressedAt,
      startedAt: measured.pressedAt,
      paintedAt: measured.paintedAt,
      cpu: (await threadTime(cdp)) - before,
    };
  }
  throw new Error(`none of the relations ${relations.slice(0, 5).join(', ')} could be clicked`);
}

async function measureApp(
  browser: Browser,
  url: string,
  targets: Targets,
  relationIds: ReadonlySet<string>,
): Promise<AppRun> {
  const { context, page, cdp, errors } = await newPage(browser, [
    installProbe.toString(),
    installScaleProbe.toString(),
  ]);
  try {
    const load = await firstFrame(page, cdp, url, errors);
    const { dataReceived, graphSet } = await page.evaluate(() => window.__bench!.milestones());
    const canvas = await page.evaluate(() => window.__scale!.canvasSize());
    await sleep(settleMs);

    const click = await clickEvidence(page, cdp, targets.relations, relationIds);
    await idleFrames(page);

    // Filter: open the list of relation types (not timed), then uncheck one type.
    const filters = new Filters(page);
    const list = await filters.open('Relation types');
    const option = filters.option(list, filteredType);
    await option.hover();
    await idleFrames(page);
    await page.evaluate((ms) => window.__scale!.armClick(ms), stepTimeoutMs);
    let before = await threadTime(cdp);
    await option.click();
    const filter = await awaitTimed(page, cdp, before, 'the filter change');
    await idleFrames(page);

    // Search: type all but the last letter (the search library loads meanwhile), then time the
    // last key to the list offering the actor, and Enter to the actor centred.
    const { name, id } = targets.actor;
    const input = page.locator('ag-search').getByRole('combobox', { name: 'Search actors' });
    await input.click();
    await input.pressSequentially(name.slice(0, -1));
    await page
      .locator('ag-search')
      .getByRole('option')
      .first()
      .waitFor({ state: 'attached', timeout: stepTimeoutMs });
    await idleFrames(page);
    await page.evaluate(([n, ms]) => window.__scale!.armKey('listed', n, ms), [
      name,
      stepTimeoutMs,
    ] as const);
    before = await threadTime(cdp);
    await page.keyboard.press(name.slice(-1));
    const listed = await awaitTimed(page, cdp, before, `the search for ${name}`);
    await idleFrames(page);
    await page.evaluate(([actor, ms]) => window.__scale!.armKey('centred', actor, ms), [
      id,
      stepTimeoutMs,
    ] as const);
    before = await threadTime(cdp);
    await page.keyboard.press('Enter');
    const centred = await awaitTimed(page, cdp, before, `centring ${name}`);
    await idleFrames(page);

    // Analysis: open the panel (its code loads the first time), then Blocs, then Paths.
    const sidePanel = page.getByRole('group', { name: 'Side panel' });
    const sections = page.locator('ag-analysis').getByRole('group', { name: 'Analysis' });
    const buttons: Record<AnalysisStep, Locator> = {
      ranking: sidePanel.getByRole('button', { name: 'Analysis' }),
      blocs: sections.getByRole('button', { name: 'Blocs' }),
      colour: page.locator('ag-analysis').getByLabel('Colour blocs on the graph'),
      paths: sections.getByRole('button', { name: 'Paths' }),
    };
    const analysis = {} as Record<AnalysisStep, Awaited<ReturnType<typeof awaitTimed>>>;
    for (const step of analysisSteps) {
      await buttons[step].hover();
      await idleFrames(page);
      await page.evaluate(([awaited, ms]) => window.__scale!.armAnalysis(awaited, ms), [
        step,
        stepTimeoutMs,
      ] as const);
      before = await threadTime(cdp);
      await buttons[step].click();
      analysis[step] = await awaitTimed(page, cdp, before, `the analysis's ${step}`);
      await idleFrames(page);
    }

    const longTasks = await page.evaluate(() => window.__scale!.longTasks);
    const longest = (from: number, to: number) =>
      Math.max(
        0,
        ...longTasks
          .filter((task) => task.start < to && task.start + task.duration > from)
          .map((task) => task.duration),
      );
    const steps = { click, filter, listed, centred, ...analysis };
    const longestTask = {
      click: longest(click.startedAt, click.paintedAt),
      filter: longest(filter.startedAt, filter.paintedAt),
      listed: longest(listed.startedAt, listed.paintedAt),
      centred: longest(centred.startedAt, centred.paintedAt),
      ranking: longest(analysis.ranking.startedAt, analysis.ranking.paintedAt),
      blocs: longest(analysis.blocs.startedAt, analysis.blocs.paintedAt),
      colour: longest(analysis.colour.startedAt, analysis.colour.paintedAt),
      paths: longest(analysis.paths.startedAt, analysis.paths.paintedAt),
      all: 0,
    };
    longestTask.all = Math.max(
      ...Object.values(steps).map((step) => longest(step.startedAt, step.paintedAt)),
    );
    return {
      firstFrameMs: load.firstFrameMs,
      milestones: { dataReceived, graphSet },
      heapMB: load.heapMB,
      cpu: {
        load: load.load,
        click: click.cpu,
        filter: filter.cpu,
        listed: listed.cpu,
        centred: centred.cpu,
      },
      clickMs: click.ms,
      clicked: click.clicked,
      filterMs: filter.ms,
      listedMs: listed.ms,
      centredMs: centred.ms,
      analysisMs: {
        ranking: analysis.ranking.ms,
        blocs: analysis.blocs.ms,
        colour: analysis.colour.ms,
        paths: analysis.paths.ms,
      },
      longestTask,
      canvas,
      errors,
    };
  } finally {
    await context.close();
  }
}

async function measureRenderer(
  browser: Browser,
  url: string,
  canvas: { width: number; height: number },
): Promise<RendererRun> {
  const { context, page, cdp, errors } = await newPage(browser, [installProbe.toString()]);
  try {
    const sized = `${url}${url.includes('?') ? '&' : '?'}width=${canvas.width}&height=${canvas.height}`;
    const load = await firstFrame(page, cdp, sized, errors);
    await sleep(settleMs);
    const before = await threadTime(cdp);
    const filterMs = await page.evaluate(
      (type) =>
        (window as unknown as { __bare: { filter(t: string): Promise<number> } }).__bare.filter(
          type,
        ),
      filteredType,
    );
    return {
      firstFrameMs: load.firstFrameMs,
      heapMB: load.heapMB,
      filterMs,
      cpu: { load: load.load, filter: (await threadTime(cdp)) - before },
      errors: errors.filter((e) => !/webgl rendering enabled/.test(e)),
    };
  } finally {
    await context.close();
  }
}

// ── A size ──────────────────────────────────────────────────────────────────────────────────────

export interface SizeResult {
  size: Size;
  graphMB: number;
  compile: CompileTimes[];
  app: AppRun[];
  renderers: Record<string, RendererRun[]>;
  targets: Targets;
  loadAverage: number[];
}

function compileOnce(root: string, dataDir: string, out: string): Promise<CompileTimes> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(root, 'scripts', 'bench', 'compile-timed.ts'), dataDir, out],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`compiling ${dataDir} failed (exit ${code}):\n${stderr}`));
      else resolve(JSON.parse(stdout.trim().split('\n').pop()!) as CompileTimes);
    });
  });
}

export interface ScaleOptions {
  root: string;
  /** The built app. */
  dist: string;
  sizes: Size[];
  runs: number;
  seed: number;
  browser: Browser;
  /** Registers clean-up work (temporary folders). */
  onCleanup(fn: () => unknown): void;
  log(line: string): void;
}

export async function runScale(options: ScaleOptions): Promise<{
  results: SizeResult[];
  renderers: { key: string; name: string }[];
  notes: string[];
}> {
  const { root, runs, browser, log } = options;
  const pages = await comparisonPages(root);
  const results: SizeResult[] = [];
  for (const size of options.sizes) {
    const dir = mkdtempSync(join(tmpdir(), `actor-graph-scale-${size.actors}x${size.relations}-`));
    options.onCleanup(() => rmSync(dir, { recursive: true, force: true }));
    const dataDir = join(dir, 'data');
    const graphFile = join(dir, 'graph.json');
    const started = performance.now();
    writeDataset(dataDir, generateDataset({ ...size, seed: options.seed }));
    log(
      `\n${sizeName(size)}: dataset generated in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );

    const loadAverage = [loadavg()[0]!];
    const compile: CompileTimes[] = [];
    for (let i = 0; i < runs; i++) {
      compile.push(await compileOnce(root, dataDir, graphFile));
      log(
        `  compile ${i + 1}/${runs}: ${format(compile[i]!.compileMs, 'ms')} (CPU ${format(compile[i]!.compileCpuMs, 'ms')}), ` +
          `${(compile[i]!.bytes / 1e6).toFixed(1)} MB of JSON`,
      );
    }
    const graphBytes = readFileSync(graphFile);
    const graph = JSON.parse(graphBytes.toString('utf8')) as CompiledGraph;
    const targets = chooseTargets(graph);
    const relationIds = new Set(graph.relations.map((relation) => relation.id));
    const site = readSite(options.dist, { '/data/graph.json': graphBytes, ...pages.files });
    const served = await serveSite(site);
    try {
      const app: AppRun[] = [];
      for (let i = 0; i < runs; i++) {
        const run = await measureApp(browser, served.url, targets, relationIds);
        app.push(run);
        loadAverage.push(loadavg()[0]!);
        log(
          `  app ${i + 1}/${runs}: first frame ${format(run.firstFrameMs, 'ms')} · click ${format(run.clickMs, 'ms')}` +
            ` · filter ${format(run.filterMs, 'ms')} · search ${format(run.listedMs, 'ms')} + centre ${format(run.centredMs, 'ms')}` +
            ` · analysis ${analysisSteps.map((step) => format(run.analysisMs[step], 'ms')).join(' + ')}` +
            ` · heap ${format(run.heapMB, 'MB')} · longest task ${format(run.longestTask.all, 'ms')}` +
            (run.errors.length ? ` · page errors: ${run.errors.join(' | ')}` : ''),
        );
      }
      const canvas = app[0]?.canvas ?? { width: 1000, height: 700 };
      const renderers: Record<string, RendererRun[]> = {};
      for (const renderer of pages.renderers) {
        renderers[renderer.key] = [];
        for (let i = 0; i < runs; i++) {
          const url = `${served.url}${renderer.path}${renderer.query ? `?${renderer.query}` : ''}`;
          const run = await measureRenderer(browser, url, canvas);
          renderers[renderer.key]!.push(run);
          log(
            `  ${renderer.name} ${i + 1}/${runs}: first frame ${format(run.firstFrameMs, 'ms')} · filter ${format(run.filterMs, 'ms')}` +
              ` · heap ${format(run.heapMB, 'MB')}` +
              (run.errors.length ? ` · page errors: ${run.errors.join(' | ')}` : ''),
          );
        }
      }
      results.push({
        size,
        graphMB: graphBytes.length / 1e6,
        compile,
        app,
        renderers,
        targets,
        loadAverage,
      });
    } finally {
      await served.close();
    }
  }
  return { results, renderers: pages.renderers, notes: pages.notes };
}

// ── Report ──────────────────────────────────────────────────────────────────────────────────────

function grid(header: string[], rows: string[][]): string {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((row) => (row[c] ?? '').length)));
  const line = (row: string[]) =>
    row
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
      .join('  ');
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const med = (values: number[]) => median(values.filter((v) => Number.isFinite(v)));

type Of<T> = (run: T) => number;

export function scaleReport(
  results: readonly SizeResult[],
  renderers: readonly { key: string; name: string }[],
  notes: readonly string[],
): string[] {
  const sizes = results.map((r) => sizeName(r.size));
  const cells = (pick: (r: SizeResult) => number[], unit: 'ms' | 'MB') =>
    results.map((r) => format(med(pick(r)), unit));
  const app = (pick: Of<AppRun>) => (r: SizeResult) => r.app.map(pick);
  const drawn = (key: string, pick: Of<RendererRun>) => (r: SizeResult) =>
    (r.renderers[key] ?? []).map(pick);
  /** Long tasks are those of 50 ms or more: none is "< 50 ms". */
  const longest = (pick: Of<AppRun>) =>
    results.map((r) => {
      const value = med(r.app.map(pick));
      return value === 0 ? '< 50 ms' : format(value, 'ms');
    });

  const appRows: [string, 'ms' | 'MB', Of<AppRun>][] = [
    ['app: navigation → first frame', 'ms', (run) => run.firstFrameMs],
    ['app: edge click → evidence panel', 'ms', (run) => run.clickMs],
    [`app: filter (uncheck ${filteredType}) → repaint`, 'ms', (run) => run.filterMs],
    ['app: search, last key → actor listed', 'ms', (run) => run.listedMs],
    [
      `app: search, Enter → centred (no animation past ${largeGraphRelations.toLocaleString('en')} relations)`,
      'ms',
      (run) => run.centredMs,
    ],
    ['app: open Analysis → ranking shown', 'ms', (run) => run.analysisMs.ranking],
    ['app: Analysis, Blocs → blocs shown', 'ms', (run) => run.analysisMs.blocs],
    ['app: Blocs, colour them → graph coloured', 'ms', (run) => run.analysisMs.colour],
    ['app: Analysis, Paths → actor lists ready', 'ms', (run) => run.analysisMs.paths],
    ['app: JS heap after load (after GC)', 'MB', (run) => run.heapMB],
  ];
  const taskRows: [string, Of<AppRun>][] = [
    ['app: longest main-thread task, edge click', (run) => run.longestTask.click],
    ['app: longest main-thread task, filter', (run) => run.longestTask.filter],
    ['app: longest main-thread task, search key', (run) => run.longestTask.listed],
    ['app: longest main-thread task, Enter', (run) => run.longestTask.centred],
    ['app: longest main-thread task, open Analysis', (run) => run.longestTask.ranking],
    ['app: longest main-thread task, Blocs', (run) => run.longestTask.blocs],
    ['app: longest main-thread task, colour blocs', (run) => run.longestTask.colour],
    ['app: longest main-thread task, Paths', (run) => run.longestTask.paths],
  ];
  const rows: string[][] = [
    [
      'compile (compileDataset, fresh process)',
      ...cells((r) => r.compile.map((c) => c.compileMs), 'ms'),
    ],
    ['  of which CPU', ...cells((r) => r.compile.map((c) => c.compileCpuMs), 'ms')],
    [
      '  read files + write graph.json',
      ...cells((r) => r.compile.map((c) => c.readMs + c.writeMs), 'ms'),
    ],
    ['  graph.json', ...results.map((r) => format(r.graphMB, 'MB'))],
    ...appRows.map(([name, unit, pick]) => [name, ...cells(app(pick), unit)]),
    ...taskRows.map(([name, pick]) => [name, ...longest(pick)]),
  ];
  for (const { key, name } of renderers) {
    rows.push([
      `${name}: first frame`,
      ...cells(
        drawn(key, (run) => run.firstFrameMs),
        'ms',
      ),
    ]);
    rows.push([
      `${name}: filter → repaint`,
      ...cells(
        drawn(key, (run) => run.filterMs),
        'ms',
      ),
    ]);
    rows.push([
      `${name}: JS heap`,
      ...cells(
        drawn(key, (run) => run.heapMB),
        'MB',
      ),
    ]);
  }

  const cpuRows: [string, Of<AppRun>][] = [
    ['app: load to first frame', (run) => run.cpu.load],
    ['app: edge click', (run) => run.cpu.click],
    ['app: filter', (run) => run.cpu.filter],
    ['app: search key', (run) => run.cpu.listed],
    ['app: Enter → centred', (run) => run.cpu.centred],
  ];
  const cpu: string[][] = cpuRows.map(([name, pick]) => [name, ...cells(app(pick), 'ms')]);
  for (const { key, name } of renderers) {
    cpu.push([
      `${name}: load to first frame`,
      ...cells(
        drawn(key, (run) => run.cpu.load),
        'ms',
      ),
    ]);
    cpu.push([
      `${name}: filter`,
      ...cells(
        drawn(key, (run) => run.cpu.filter),
        'ms',
      ),
    ]);
  }

  const ratio = (a: number | undefined, b: number | undefined) =>
    a !== undefined && b !== undefined && b > 0 ? `${(a / b).toFixed(1)}×` : '–';
  const compared: [string, Of<AppRun>, Of<RendererRun>][] = [
    ['first frame', (run) => run.firstFrameMs, (run) => run.firstFrameMs],
    ['first frame, CPU', (run) => run.cpu.load, (run) => run.cpu.load],
    ['filter → repaint', (run) => run.filterMs, (run) => run.filterMs],
    ['filter, CPU', (run) => run.cpu.filter, (run) => run.cpu.filter],
    ['JS heap', (run) => run.heapMB, (run) => run.heapMB],
  ];
  const ratios = renderers.flatMap(({ key, name }) =>
    compared.map(([label, pickApp, pickDrawn]) => [
      `app ÷ ${name}: ${label}`,
      ...results.map((r) =>
        ratio(med(r.app.map(pickApp)), med((r.renderers[key] ?? []).map(pickDrawn))),
      ),
    ]),
  );

  const lines = [
    grid(['median of the runs', ...sizes], rows),
    '',
    'Renderer main-thread CPU time (other work on the machine inflates it far less than the times above):',
    grid(['median of the runs', ...sizes], cpu),
    '',
    grid(['ratios of the medians', ...sizes], ratios),
    '',
  ];
  for (const r of results) {
    const aimed = r.targets.relations[0];
    const others = r.app.filter((run) => run.clicked !== aimed).map((run) => run.clicked);
    lines.push(
      `${sizeName(r.size)}: clicked ${aimed}` +
        (others.length ? ` (${others.length} run(s) hit another line: ${others.join(', ')})` : '') +
        `; searched "${r.targets.actor.name}" (${r.targets.actor.degree} relations); ` +
        `load average ${Math.min(...r.loadAverage).toFixed(1)}–${Math.max(...r.loadAverage).toFixed(1)}`,
    );
  }
  lines.push(
    `First frame of the app, medians in ms since navigation (data received · Cytoscape created · first frame): ${results
      .map(
        (r) =>
          `${sizeName(r.size)}: ${[
            med(r.app.flatMap((run) => run.milestones.dataReceived ?? [])),
            med(r.app.flatMap((run) => run.milestones.graphSet ?? [])),
            med(r.app.map((run) => run.firstFrameMs)),
          ]
            .map((v) => format(v, 'ms'))
            .join(' · ')}`,
      )
      .join('; ')}`,
  );
  lines.push(...notes);
  lines.push(
    'WebGL in headless Chromium here is SwiftShader (software): the WebGL rows measure a CPU rasteriser; on a real GPU they are far lower.',
  );
  return lines;
}
