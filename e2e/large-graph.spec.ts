// A large graph (more relations than largeGraphRelations) is drawn with level of detail: plain
// lines and no names in the overview; arrows, dashes and names on what is in view once zoomed in.
import { expect, test } from '@playwright/test';
import { generateDataset } from '../scripts/synthetic';
import { largeGraphRelations } from '../web/cytoscape/adapter';
import { squaredDistanceToSegment } from '../web/cytoscape/nearest-line';
import { structuralBalance } from '../web/model/analysis/balance';
import { inWorkerPast } from '../web/model/limits';
import { compileDataset } from '../web/model/dataset';
import { Analysis } from './pages/analysis';
import { ExportMenu } from './pages/export-menu';
import { Explorer, type Rgba } from './pages/explorer';
import { Filters } from './pages/filters';
import { GraphControls } from './pages/graph-controls';
import { GraphKeyboard } from './pages/graph-keyboard';
import { MainTabs, TableView } from './pages/table-view';
import { kindLabels } from '../web/theme';

// Well past the threshold, so that a hub has more relations than a profile lists at first.
const size = { actors: 300, relations: Math.max(2_100, largeGraphRelations + 100) };

const compiled = compileDataset(generateDataset({ ...size, seed: 3 }));
if (!compiled.ok) throw new Error('the synthetic dataset does not compile');
const graph = compiled.graph;
const body = JSON.stringify(graph);

test.beforeEach(async ({ page }) => {
  // Opening and drawing thousands of relations takes longer than the seed.
  test.setTimeout(90_000);
  await page.route('**/data/graph.json', (route) =>
    route.fulfill({ body, contentType: 'application/json' }),
  );
});

/**
 * The actor (of these, or of all) farthest from any other, so that the pointer lands on it and
 * on nothing else.
 */
function loneActor(among?: ReadonlySet<string>, of = graph): string {
  const apart = (id: string) => {
    const { x, y } = of.layout[id]!;
    return Math.min(
      ...of.actors
        .filter((other) => other.id !== id)
        .map((other) => Math.hypot(of.layout[other.id]!.x - x, of.layout[other.id]!.y - y)),
    );
  };
  return of.actors
    .map((a) => a.id)
    .filter((id) => !among || among.has(id))
    .sort((a, b) => apart(b) - apart(a))[0]!;
}

/**
 * The relation (of this type, or of any) alone on its pair of actors whose middle lies farthest
 * from any other line or actor: a click there can only mean it, and a pixel there is its line's.
 */
function clearestRelation(type?: string) {
  const at = (id: string) => graph.layout[id]!;
  const pairs = new Map<string, number>();
  const pairOf = (a: string, b: string) => [a, b].sort().join(' ');
  for (const r of graph.relations)
    pairs.set(pairOf(r.source, r.target), (pairs.get(pairOf(r.source, r.target)) ?? 0) + 1);
  const clearance = (relation: (typeof graph.relations)[number]) => {
    const [a, b] = [at(relation.source), at(relation.target)];
    const middle = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    const toLines = graph.relations
      .filter(
        (other) => pairOf(other.source, other.target) !== pairOf(relation.source, relation.target),
      )
      .map((other) => squaredDistanceToSegment(middle, at(other.source), at(other.target)));
    const toActors = graph.actors.map(
      ({ id }) => Math.hypot(at(id).x - middle.x, at(id).y - middle.y) ** 2,
    );
    return Math.sqrt(Math.min(...toLines, ...toActors));
  };
  return graph.relations
    .filter((r) => pairs.get(pairOf(r.source, r.target)) === 1 && (!type || r.type === type))
    .map((r) => ({ r, clearance: clearance(r) }))
    .sort((a, b) => b.clearance - a.clearance)[0]!.r;
}

/** An actor's fill (#dfe6f0), as the network draws it. */
const isActorFill = ({ r, g, b, a }: Rgba) =>
  a > 200 && Math.abs(r - 0xdf) < 12 && Math.abs(g - 0xe6) < 12 && Math.abs(b - 0xf0) < 12;

/** The fill of an actor coloured by bloc (of this one, or of either): #cfe0f5 or #f8dcc0. */
const isBlocFill = ({ r, g, b, a }: Rgba, bloc?: 0 | 1) =>
  a > 200 &&
  [
    [0xcf, 0xe0, 0xf5],
    [0xf8, 0xdc, 0xc0],
  ].some(
    ([fr, fg, fb], i) =>
      (bloc === undefined || bloc === i) &&
      Math.abs(r - fr!) < 12 &&
      Math.abs(g - fg!) < 12 &&
      Math.abs(b - fb!) < 12,
  );

/** Which fill a colour is nearest: an actor's, or a bloc's (within a distance of 60). */
function nearestFill({ r, g, b }: Rgba): string | undefined {
  const fills: [string, number[]][] = [
    ['actor', [0xdf, 0xe6, 0xf0]],
    ['bloc-0', [0xcf, 0xe0, 0xf5]],
    ['bloc-1', [0xf8, 0xdc, 0xc0]],
  ];
  const [name, distance] = fills
    .map(([fill, [fr, fg, fb]]): [string, number] => [fill, Math.hypot(r - fr!, g - fg!, b - fb!)])
    .sort((x, y) => x[1] - y[1])[0]!;
  return distance < 60 ? name : undefined;
}

test('a large graph shows edge details only when zoomed in, on the edges in view', async ({
  page,
}) => {
  const explorer = new Explorer(page);
  await explorer.open();
  const detailed = () => page.evaluate(() => window.actorGraphView?.detailedIds().length ?? -1);
  // The overview: every edge plain.
  await page.waitForTimeout(400);
  expect(await detailed()).toBe(0);

  const zoomIn = page.locator('ag-graph').getByRole('button', { name: 'Zoom in' });
  for (let i = 0; i < 9; i++) await zoomIn.click();
  // Zoomed in, once the view rests: some edges, not all, have their details (on the way in, a
  // zoom that still shows the whole graph may detail every edge).
  const relations = new Set(graph.relations.map((relation) => relation.id));
  const detailedEdges = async () =>
    (await page.evaluate(() => window.actorGraphView?.detailedIds() ?? [])).filter((id) =>
      relations.has(id),
    ).length;
  await expect
    .poll(
      async () => {
        const edges = await detailedEdges();
        return edges > 0 && edges < size.relations;
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  // Names too: the actors in view have theirs.
  const actors = new Set(graph.actors.map((actor) => actor.id));
  const named = await page.evaluate(() => window.actorGraphView?.detailedIds() ?? []);
  expect(named.filter((id) => actors.has(id)).length).toBeGreaterThan(0);

  await page.locator('ag-graph').getByRole('button', { name: 'Fit' }).click();
  await expect.poll(detailed, { timeout: 15_000 }).toBe(0);
});

test('the analysis lists show their first 100 actors, and all of them on demand', async ({
  page,
}) => {
  await new Explorer(page).open();
  const analysis = new Analysis(page);
  await analysis.open();
  await expect(analysis.ranking.getByRole('listitem')).toHaveCount(100);
  const showAll = analysis.root.getByRole('button', { name: /^Show all \d+$/ }).first();
  const total = Number((await showAll.textContent())!.trim().split(' ').pop());
  expect(total).toBeGreaterThan(100);
  expect(total).toBeLessThanOrEqual(graph.actors.length);
  await showAll.click();
  await expect(analysis.ranking.getByRole('listitem')).toHaveCount(total);
});

test('past a thousand actors the blocs, the centralities and the paths come from a worker', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const bigger = compileDataset(
    generateDataset({
      actors: inWorkerPast.actors + 100,
      relations: inWorkerPast.relations + 200,
      seed: 4,
    }),
  );
  if (!bigger.ok) throw new Error('the bigger synthetic dataset does not compile');
  const biggerGraph = bigger.graph;
  await page.route('**/data/graph.json', (route) =>
    route.fulfill({ body: JSON.stringify(biggerGraph), contentType: 'application/json' }),
  );
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));

  const explorer = new Explorer(page);
  await explorer.open('/?panel=analysis');
  const analysis = new Analysis(page);
  await analysis.loaded();
  await analysis.show('Blocs');
  const name = new Map(biggerGraph.actors.map((actor) => [actor.id, actor.name]));
  const expected = structuralBalance(biggerGraph).blocs.map((bloc) =>
    bloc.map((id) => name.get(id)).join(', '),
  );
  await expect.poll(() => analysis.blocMembership(), { timeout: 30_000 }).toEqual(expected);
  expect(workers.some((url) => /analysis/.test(url))).toBe(true);
  // Coloured on the graph a slice of actors at a time, to the last: of the last actors listed
  // that are in the second bloc, the one most apart ends with its orange fill (drawn small at
  // this zoom, its middle is blended with its border: the nearest fill tells).
  const inBloc = new Set(structuralBalance(biggerGraph).blocs[1]);
  const lastIds = biggerGraph.actors.slice(-50).map((actor) => actor.id);
  const last = loneActor(new Set(lastIds.filter((id) => inBloc.has(id))), biggerGraph);
  await page.mouse.move(5, 5);
  const fillOfLast = async () =>
    nearestFill(await explorer.networkColourAt(await explorer.positionOf(last)));
  expect(await fillOfLast()).not.toBe('bloc-1');
  await analysis.root.getByLabel('Colour blocs on the graph').check();
  await expect.poll(fillOfLast).toBe('bloc-1');
  await analysis.root.getByLabel('Colour blocs on the graph').uncheck();
  // Long lists show their first 100 rows; the triads only once opened.
  const frustrated = structuralBalance(biggerGraph).frustration;
  expect(frustrated).toBeGreaterThan(100);
  await expect(analysis.root.locator('ul.ties > li')).toHaveCount(100);
  await expect(
    analysis.root.getByRole('button', { name: `Show all ${frustrated}`, exact: true }),
  ).toBeVisible();
  await expect(analysis.root.locator('ul.triads')).toHaveCount(0);
  await analysis.root.locator('summary', { hasText: 'Triads' }).click();
  await expect(analysis.root.locator('ul.triads > li').first()).toBeVisible();

  // Each actor list of the Paths section holds every actor, in order of name.
  await analysis.show('Paths');
  const options = analysis.root.locator('#path-from option');
  await expect(options).toHaveCount(biggerGraph.actors.length + 1);
  const names = [...name.values()].sort(new Intl.Collator().compare);
  expect(await options.nth(1).textContent()).toBe(names[0]);
  expect(await options.last().textContent()).toBe(names.at(-1));
  // Paths come from the worker too: a leverage relation is a path of one step.
  const relation = biggerGraph.relations.find((r) => r.type === 'leverage')!;
  const [from, to] = [name.get(relation.source)!, name.get(relation.target)!];
  await analysis.findPaths(from, to);
  await expect(analysis.pathStatus).toContainText('shortest first', { timeout: 30_000 });
  await expect(analysis.path([from, to])).toHaveCount(1);
  // Lists this long are filled a task after they are drawn: back in the section, they show the
  // actors chosen before, then hold every actor again.
  await analysis.show('Blocs');
  await analysis.show('Paths');
  await expect(analysis.root.locator('#path-from')).toHaveValue(relation.source);
  await expect(analysis.root.locator('#path-to')).toHaveValue(relation.target);
  await expect(options).toHaveCount(biggerGraph.actors.length + 1);
  await expect(analysis.root.locator('#path-from')).toHaveValue(relation.source);
  await expect(analysis.path([from, to])).toHaveCount(1);

  await analysis.show('Influence');
  await analysis.root.locator('summary', { hasText: 'Centrality' }).click();
  await expect(analysis.centrality.locator('tbody tr').first()).toBeVisible({ timeout: 30_000 });
  await expect(analysis.root.getByRole('status')).toHaveCount(0);
});

test('a long relations table shows its first 500 rows, and all of them on demand', async ({
  page,
}) => {
  await new Explorer(page).open();
  await new MainTabs(page).tables.click();
  const tables = new TableView(page);
  await expect(tables.relations.rows).toHaveCount(500);
  // The actors table is short enough to show whole.
  await expect(tables.actors.rows).toHaveCount(graph.actors.length);
  await tables.root
    .getByRole('button', { name: `Show all ${graph.relations.length} relations` })
    .click();
  await expect(tables.relations.rows).toHaveCount(graph.relations.length);
});

test('the profile of an actor with hundreds of relations lists the first 50 of a group, and all on demand', async ({
  page,
}) => {
  const cooperations = new Map<string, number>();
  for (const r of graph.relations.filter((r) => r.type === 'cooperation')) {
    for (const end of [r.source, r.target]) cooperations.set(end, (cooperations.get(end) ?? 0) + 1);
  }
  const [hub, total] = [...cooperations].sort((a, b) => b[1] - a[1])[0]!;
  expect(total).toBeGreaterThan(50);
  await new Explorer(page).open(`/?actor=${hub}`);
  const group = page.locator('ag-actor-profile section').filter({ hasText: 'Cooperation' });
  await expect(group.getByRole('heading')).toHaveText(`Cooperation (${total})`);
  await expect(group.getByRole('listitem')).toHaveCount(50);
  await group.getByRole('button', { name: `Show all ${total}` }).click();
  await expect(group.getByRole('listitem')).toHaveCount(total);
});

test('a relation chosen beyond the first 500 rows is shown: the table shows whole', async ({
  page,
}) => {
  // The table sorts by source actor: the last relation by that order lies beyond row 500.
  const last = [...graph.relations].sort((a, b) => {
    const name = (id: string) => graph.actors.find((actor) => actor.id === id)!.name;
    return name(a.source).localeCompare(name(b.source));
  })[graph.relations.length - 1]!;
  await page.goto(`/?view=table&relation=${last.id}`);
  const tables = new TableView(page);
  await expect(tables.relations.rows).toHaveCount(graph.relations.length);
  await expect(tables.relations.current).toHaveCount(1);
  await expect(tables.relations.current).toBeInViewport();
});

test('hovering an actor of a large graph lights its neighbourhood once the pointer rests, and moving off clears it', async ({
  page,
}) => {
  const explorer = new Explorer(page);
  await explorer.open();
  const actor = loneActor();
  const neighbours = new Set([actor]);
  for (const relation of graph.relations) {
    if (relation.source === actor) neighbours.add(relation.target);
    if (relation.target === actor) neighbours.add(relation.source);
  }
  const actors = new Set(graph.actors.map((a) => a.id));
  const nearActors = async () =>
    (await page.evaluate(() => window.actorGraphView?.nearIds() ?? []))
      .filter((id) => actors.has(id))
      .sort();

  const { x, y } = await explorer.positionOf(actor);
  await page.mouse.move(x, y);
  await expect.poll(nearActors, { timeout: 10_000 }).toEqual([...neighbours].sort());
  await page.mouse.move(x + 200, y + 200, { steps: 4 });
  await expect.poll(nearActors, { timeout: 10_000 }).toEqual([]);
});

test('a click on an actor of a large graph selects it, and a click where a filter hid one does not', async ({
  page,
}) => {
  const explorer = new Explorer(page);
  await explorer.open();
  // The layer that takes the pointer holds only the actors it met: this one it has not met yet.
  const actor = loneActor();
  const at = await explorer.positionOf(actor);
  await page.mouse.click(at.x, at.y);
  await expect.poll(() => explorer.selectedOnGraph()).toEqual([actor]);
  await expect(explorer.profile).toContainText(graph.actors.find((a) => a.id === actor)!.name);

  // Its kind unchecked, the actor is gone from under the pointer: a click there is on the
  // background (or a line crossing it), and no longer on the actor.
  const kind = graph.actors.find((a) => a.id === actor)!.kind;
  const filters = new Filters(page);
  const list = await filters.open('Actor kinds');
  await filters.option(list, kindLabels[kind]).uncheck();
  await filters.close(list);
  await page.mouse.click(at.x, at.y);
  await expect.poll(() => explorer.selectedOnGraph()).not.toContain(actor);
});

test('a click on a line in the overview of a large graph shows its evidence, and a click off the lines clears it', async ({
  page,
}) => {
  const explorer = new Explorer(page);
  await explorer.open();
  const relation = clearestRelation();
  await explorer.clickRelation(relation.id);
  await expect(explorer.evidencePanel).toContainText(relation.label);

  // Beside the graph, far from every line: the selection clears.
  const box = (await page.locator('ag-graph .canvas').boundingBox())!;
  await page.mouse.click(box.x + 5, box.y + box.height - 5);
  await expect.poll(() => explorer.selectedOnGraph()).toEqual([]);
});

test('blocs coloured on a large graph fill its actors in the network', async ({ page }) => {
  const explorer = new Explorer(page);
  await explorer.open('/?panel=analysis');
  const analysis = new Analysis(page);
  await analysis.loaded();
  await analysis.show('Blocs');
  const [first, second] = structuralBalance(graph).blocs;
  const actor = loneActor(new Set(first));
  const at = await explorer.positionOf(actor);
  await page.mouse.move(5, 5);
  await expect.poll(async () => isActorFill(await explorer.networkColourAt(at))).toBe(true);
  await analysis.root.getByLabel('Colour blocs on the graph').check();
  await expect.poll(async () => isBlocFill(await explorer.networkColourAt(at), 0)).toBe(true);
  expect(second!.length).toBeGreaterThan(0);
});

test('panning a large graph moves the network below with the layer on top, and it is drawn where the actors are', async ({
  page,
}) => {
  const explorer = new Explorer(page);
  await explorer.open();
  const actor = loneActor();
  await expect
    .poll(async () => isActorFill(await explorer.networkColourAt(await explorer.positionOf(actor))))
    .toBe(true);

  // Drag the background by the mouse, from a point off every actor and line.
  const box = (await page.locator('ag-graph .canvas').boundingBox())!;
  const from = { x: box.x + 6, y: box.y + box.height - 6 };
  const before = await explorer.positionOf(actor);
  await explorer.drag(from, { dx: 150, dy: -90 });
  const after = await explorer.positionOf(actor);
  expect(after.x - before.x).toBeCloseTo(150, 0);
  expect(after.y - before.y).toBeCloseTo(-90, 0);
  // Once the view rests, the network is drawn again at the new pan: the actor's fill is there.
  await expect.poll(async () => isActorFill(await explorer.networkColourAt(after))).toBe(true);
});

test('an actor dragged on a large graph goes back into the network where it was dropped, its lines with it', async ({
  page,
}) => {
  const explorer = new Explorer(page);
  await explorer.open();
  const actor = loneActor();
  const relation = graph.relations.find((r) => r.source === actor || r.target === actor)!;
  const other = relation.source === actor ? relation.target : relation.source;
  const modelBefore = await explorer.modelPosition(actor);
  const at = await explorer.positionOf(actor);
  await explorer.drag(at, { dx: 60, dy: 40 });
  const modelAfter = await explorer.modelPosition(actor);
  expect(Math.hypot(modelAfter.x - modelBefore.x, modelAfter.y - modelBefore.y)).toBeGreaterThan(1);
  const dropped = await explorer.positionOf(actor);
  expect(dropped.x).toBeCloseTo(at.x + 60, 0);
  expect(dropped.y).toBeCloseTo(at.y + 40, 0);
  // Its relation's line runs from where it was dropped.
  const end = await explorer.positionOf(other);
  const middle = await explorer.positionOf(relation.id);
  expect(middle.x).toBeCloseTo((dropped.x + end.x) / 2, 0);
  expect(middle.y).toBeCloseTo((dropped.y + end.y) / 2, 0);
  // The network draws it there, and no longer where it was.
  await page.mouse.move(5, 5);
  await expect.poll(async () => isActorFill(await explorer.networkColourAt(dropped))).toBe(true);
  expect(isActorFill(await explorer.networkColourAt(at))).toBe(false);
});

test('an influence path lit on a large graph is drawn on top, over the network dimmed as a whole', async ({
  page,
}) => {
  const explorer = new Explorer(page);
  const analysis = new Analysis(page);
  await explorer.open('/?panel=analysis');
  await analysis.loaded();
  await analysis.show('Paths');
  const name = (id: string) => graph.actors.find((actor) => actor.id === id)!.name;
  const relation = graph.relations.find((r) => r.type === 'leverage')!;
  await analysis.findPaths(name(relation.source), name(relation.target));
  const path = analysis.path([name(relation.source), name(relation.target)]);
  await analysis.light(path);
  const litIds = () => page.evaluate(() => window.actorGraphView?.litIds() ?? []);
  await expect
    .poll(litIds, { timeout: 10_000 })
    .toEqual(expect.arrayContaining([relation.source, relation.target, relation.id]));
  const network = page.locator('ag-graph .layer-network');
  await expect.poll(() => network.evaluate((layer) => getComputedStyle(layer).opacity)).toBe('0.2');
  await page.screenshot({ path: 'test-results/large-graph-path.png' });

  // The SVG draws it so too: the lit path in full, named, over the rest dimmed.
  const svg = (await new ExportMenu(page).download('SVG')).text;
  const groupOf = (pattern: string) => new RegExp(`<g class="${pattern}"[^>]*>`).exec(svg)?.[0];
  const litLine = groupOf(`relation leverage[^"]*" data-relations="${relation.id}`);
  expect(litLine, 'the lit relation is drawn').toBeDefined();
  expect(litLine).not.toContain('opacity=');
  const other = graph.relations.find((r) => r.type === 'cooperation')!;
  const otherLine = groupOf(`relation cooperation[^"]*" data-relations="[^"]*\\b${other.id}\\b`);
  expect(Number(/opacity="([\d.]+)"/.exec(otherLine ?? '')?.[1])).toBeLessThanOrEqual(0.2);
  for (const id of [relation.source, relation.target]) {
    expect(svg).toContain(`>${name(id)}</tspan>`);
  }

  // Leaving the panel clears what it lit, and the network is drawn in full again.
  await page
    .getByRole('group', { name: 'Side panel' })
    .getByRole('button', { name: 'Details' })
    .click();
  await expect.poll(litIds).toEqual([]);
  await expect.poll(() => network.evaluate((layer) => getComputedStyle(layer).opacity)).toBe('1');
});

test('the keyboard steps through an actor’s relations on a large graph and selects one', async ({
  page,
}) => {
  const explorer = new Explorer(page);
  const keyboard = new GraphKeyboard(page);
  const actor = loneActor();
  await explorer.open(`/?actor=${actor}`);
  await new MainTabs(page).tables.focus();
  await page.keyboard.press('Tab');
  await expect(keyboard.canvas).toBeFocused();
  await keyboard.press(']');
  const said = (await keyboard.announcement.textContent())!;
  const name = (id: string) => graph.actors.find((a) => a.id === id)!.name;
  // "Label: type, Source → Target" (↔ when mutual).
  const relation = graph.relations.find(
    (r) =>
      (r.source === actor || r.target === actor) &&
      said.startsWith(`${r.label}: ${r.type}, `) &&
      said.includes(`${name(r.source)} ${r.directed ? '→' : '↔'} ${name(r.target)}`),
  );
  expect(relation, `a relation of ${actor} announced in "${said}"`).toBeDefined();
  await keyboard.press('Enter');
  await expect.poll(() => explorer.selectedOnGraph()).toEqual([relation!.id]);
  await expect(explorer.evidencePanel.getByRole('heading', { level: 2 })).toHaveText(
    relation!.label,
  );
});

test('"Lay out shown" on a large graph moves the actors a focus leaves, in both layers, and "Reset layout" puts them back', async ({
  page,
}) => {
  const explorer = new Explorer(page);
  const filters = new Filters(page);
  const controls = new GraphControls(page);
  const actor = loneActor();
  await explorer.open();
  await filters.focusActor.selectOption(actor);
  const shown = (await controls.drawnActors()).map((drawn) => drawn.id);
  expect(shown.length).toBeGreaterThan(2);
  expect(shown.length).toBeLessThan(graph.actors.length);
  const before = await controls.modelPositions(shown);

  await controls.layOutShown.click();
  await expect(controls.layOutShown).toHaveText('Lay out shown');
  await expect(controls.layOutShown).toHaveAttribute('aria-busy', 'false');
  const after = await controls.modelPositions(shown);
  const moved = shown.filter(
    (id) => after[id]!.x !== before[id]!.x || after[id]!.y !== before[id]!.y,
  );
  expect(moved.length).toBeGreaterThanOrEqual(shown.length - 1);
  // Both layers moved them: the layer on top draws them in the area, and the network draws the
  // focused actor where the layer on top has it.
  const area = await controls.drawingArea();
  for (const { id, x, y } of await controls.drawnActors()) {
    expect(x, `${id} across`).toBeGreaterThan(0);
    expect(x, `${id} across`).toBeLessThan(area.width);
    expect(y, `${id} down`).toBeGreaterThan(0);
    expect(y, `${id} down`).toBeLessThan(area.height);
  }
  await page.mouse.move(1, 1);
  await expect
    .poll(async () => isActorFill(await explorer.networkColourAt(await explorer.positionOf(actor))))
    .toBe(true);

  await controls.resetLayout.click();
  expect(await controls.modelPositions(shown)).toEqual(
    Object.fromEntries(shown.map((id) => [id, graph.layout[id]])),
  );
});

test('a type unchecked on a large graph leaves the network: none of its lines is drawn, the others are', async ({
  page,
}) => {
  const explorer = new Explorer(page);
  const filters = new Filters(page);
  await explorer.open();
  const ofType = (type: string) => graph.relations.filter((r) => r.type === type).map((r) => r.id);
  expect((await explorer.drawnRelations(ofType('rivalry'))).length).toBe(ofType('rivalry').length);
  // The line layer draws a rivalry in its red (#c0392b) where nothing else is: thin at this zoom,
  // so partly transparent.
  const rivalry = clearestRelation('rivalry');
  const at = await explorer.positionOf(rivalry.id);
  const isRivalryRed = ({ r, g, b, a }: Rgba) =>
    a > 20 && Math.abs(r - 0xc0) < 16 && Math.abs(g - 0x39) < 16 && Math.abs(b - 0x2b) < 16;
  await expect
    .poll(async () => isRivalryRed(await explorer.lineColourAt('rivalry', at)))
    .toBe(true);

  // And a cooperation in its green (#1b7f3b), on its own canvas.
  const cooperation = await explorer.positionOf(clearestRelation('cooperation').id);
  const isCooperationGreen = ({ r, g, b, a }: Rgba) =>
    a > 20 && Math.abs(r - 0x1b) < 16 && Math.abs(g - 0x7f) < 16 && Math.abs(b - 0x3b) < 16;
  await expect
    .poll(async () => isCooperationGreen(await explorer.lineColourAt('cooperation', cooperation)))
    .toBe(true);

  const types = await filters.open('Relation types');
  await filters.option(types, 'rivalry').uncheck();
  await expect.poll(() => explorer.drawnRelations(ofType('rivalry'))).toEqual([]);
  expect(await explorer.drawnRelations(ofType('leverage'))).toEqual(ofType('leverage'));
  await expect.poll(async () => (await explorer.lineColourAt('rivalry', at)).a).toBe(0);
  expect(isCooperationGreen(await explorer.lineColourAt('cooperation', cooperation))).toBe(true);

  await filters.option(types, 'rivalry').check();
  await expect
    .poll(async () => (await explorer.drawnRelations(ofType('rivalry'))).length)
    .toBe(ofType('rivalry').length);
  await expect
    .poll(async () => isRivalryRed(await explorer.lineColourAt('rivalry', at)))
    .toBe(true);
});
