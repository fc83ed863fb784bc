// Exploring the network as a person does: search, filters, the year, a neighbourhood, links
// that reopen a view, the text view and the keyboard on the graph.
import { expect, test, type Page } from '@playwright/test';
import type { CompiledGraph, CompiledRelation } from '../web/model/schema';
import { Explorer } from './pages/explorer';
import { Filters } from './pages/filters';
import { GraphKeyboard } from './pages/graph-keyboard';
import { Search } from './pages/search';
import { MainTabs, TableView } from './pages/table-view';

async function compiledGraph(page: Page): Promise<CompiledGraph> {
  const response = await page.request.get('data/graph.json');
  return (await response.json()) as CompiledGraph;
}

const isUndated = (relation: CompiledRelation) =>
  relation.period?.from === undefined && relation.period?.to === undefined;

/** Whether a relation holds in a year (open ends open); undated ones count as holding. */
const holdsIn = (relation: CompiledRelation, year: number) =>
  isUndated(relation) ||
  ((relation.period?.from ?? -Infinity) <= year && (relation.period?.to ?? Infinity) >= year);

test('search forgives a misspelling, and arrows and Enter choose the actor', async ({ page }) => {
  const explorer = new Explorer(page);
  const search = new Search(page);
  await explorer.open();
  await search.type('Pakistn');
  await expect(search.options.first()).toBeVisible();
  await expect(search.active).toHaveCount(1);
  const count = await search.options.count();
  // Arrows move the active option (and wrap round) until it is Pakistan.
  if (count > 1) {
    await page.keyboard.press('ArrowDown');
    await expect(search.active).toHaveAttribute('id', 'match-1');
  }
  for (let i = 0; i < count; i++) {
    if ((await search.active.locator('.name').textContent()) === 'Pakistan') break;
    await page.keyboard.press('ArrowUp');
  }
  await expect(search.active.locator('.name')).toHaveText('Pakistan');
  await page.keyboard.press('Enter');

  await expect(explorer.profile.getByRole('heading', { level: 2 })).toHaveText('Pakistan');
  await expect.poll(() => explorer.selectedOnGraph()).toEqual(['pakistan']);
  // The chosen actor's shape ends in the middle of the drawing area, its profile open beside it.
  await expect.poll(() => explorer.distanceFromMiddle('pakistan')).toBeLessThan(1.5);
  await expect(search.options).toHaveCount(0);
  await expect(page).toHaveURL(/[?&]actor=pakistan\b/);
});

test('"/" focuses the search from anywhere on the page', async ({ page }) => {
  const explorer = new Explorer(page);
  const search = new Search(page);
  await explorer.open();
  await page.getByRole('heading', { name: 'Actor Graph', level: 1 }).click();
  await expect(search.input).not.toBeFocused();
  await page.keyboard.press('/');
  await expect(search.input).toBeFocused();
  await expect(search.input).toHaveValue('');
  await page.keyboard.type('china');
  await expect(search.options.first()).toContainText('China');
});

test('unticking a relation type hides its relations, on the graph, in the summary and the tables', async ({
  page,
}) => {
  const explorer = new Explorer(page);
  const filters = new Filters(page);
  const tables = new TableView(page);
  const graph = await compiledGraph(page);
  const rivalries = graph.relations.filter((r) => r.type === 'rivalry').length;
  const all = graph.relations.length;
  await explorer.open();
  await expect(filters.summary).toHaveText(Filters.summaryText(graph.actors.length, all));

  const types = await filters.open('Relation types');
  await expect(filters.optionLabel(types, 'rivalry')).toContainText(`${rivalries} of ${rivalries}`);
  await filters.option(types, 'rivalry').uncheck();
  await expect(filters.summary).toHaveText(
    Filters.summaryText(graph.actors.length, all - rivalries),
  );
  await expect(filters.optionLabel(types, 'rivalry')).toContainText(`0 of ${rivalries}`);
  await expect(page).toHaveURL(/[?&]types=cooperation%2Cleverage\b/);
  // The graph draws none of them, and the others still.
  const drawn = (ids: string[]) => explorer.drawnRelations(ids);
  const ofType = (type: string) => graph.relations.filter((r) => r.type === type).map((r) => r.id);
  expect(await drawn(ofType('rivalry'))).toEqual([]);
  expect(await drawn(ofType('cooperation'))).toEqual(ofType('cooperation'));
  await filters.close(types);

  await new MainTabs(page).tables.click();
  await expect(tables.relations.table).toHaveAccessibleName(`Relations (${all - rivalries} shown)`);
  await expect(tables.relations.rows).toHaveCount(all - rivalries);
  const shownTypes = new Set((await tables.relations.column(2)).map((text) => text.split(/\s/)[0]));
  expect([...shownTypes].sort()).toEqual(['cooperation', 'leverage']);

  // Ticking it again brings them back; a click elsewhere closes the list.
  await filters.open('Relation types');
  await filters.option(types, 'rivalry').check();
  await tables.relations.header('Label').click();
  await expect(types.locator('fieldset')).toBeHidden();
  await expect(tables.relations.rows).toHaveCount(all);
});

test('focus on China, outgoing leverage, one step: China and the actors it has leverage over', async ({
  page,
}) => {
  const explorer = new Explorer(page);
  const filters = new Filters(page);
  const tables = new TableView(page);
  const graph = await compiledGraph(page);
  const held = graph.relations.filter((r) => r.source === 'china' && r.type === 'leverage');
  const names = new Map(graph.actors.map((actor) => [actor.id, actor.name]));
  const remaining = [...new Set(['china', ...held.map((r) => r.target)])].map((id) =>
    names.get(id)!,
  );
  await explorer.open();

  await filters.focusActor.selectOption({ label: 'China' });
  await expect(filters.focusSteps).toHaveValue('1');
  await filters.focusDirection.selectOption({ label: 'outgoing' });
  await filters.focusType('cooperation').uncheck();
  await filters.focusType('rivalry').uncheck();
  await expect(filters.summary).toHaveText(Filters.summaryText(remaining.length, held.length));
  await expect(page).toHaveURL(/focus=china&steps=1&direction=out&focus-types=leverage/);

  await new MainTabs(page).tables.click();
  await expect(tables.actors.rows).toHaveCount(remaining.length);
  expect((await tables.actors.column(1)).sort()).toEqual(remaining.sort());
  expect((await tables.relations.column(4)).sort()).toEqual(held.map((r) => r.label).sort());

  // Back to the whole network.
  await filters.focusActor.selectOption({ label: '(whole network)' });
  await expect(filters.summary).toHaveText(
    Filters.summaryText(graph.actors.length, graph.relations.length),
  );
});

test('the year: milestones, the slider by keyboard, undated relations and play', async ({
  page,
}) => {
  const explorer = new Explorer(page);
  const filters = new Filters(page);
  const graph = await compiledGraph(page);
  const actors = graph.actors.length;
  const inYear = (year: number, undated = true) =>
    graph.relations.filter((r) => holdsIn(r, year) && (undated || !isUndated(r))).length;
  await explorer.open();
  await expect(filters.year).toBeDisabled();

  await filters.milestone('Aug 2021 takeover').click();
  await expect(filters.yearShown).toHaveText('2021');
  await expect(filters.summary).toHaveText(Filters.summaryText(actors, inYear(2021)));
  expect(inYear(2021)).toBeLessThan(graph.relations.length);

  // The slider answers to the keyboard.
  await filters.year.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(filters.yearShown).toHaveText('2020');
  await expect(filters.year).toHaveValue('2020');
  await expect(filters.summary).toHaveText(Filters.summaryText(actors, inYear(2020)));

  await filters.undated.uncheck();
  await expect(filters.summary).toHaveText(Filters.summaryText(actors, inYear(2020, false)));
  await expect(page).toHaveURL(/year=2020&undated=hide/);

  // Play steps on through the years the relations name, and stops when asked.
  await filters.milestone('1971 war').click();
  await expect(filters.yearShown).toHaveText('1971');
  await filters.play.click();
  await expect(filters.play).toHaveText('Pause');
  await expect(filters.yearShown).not.toHaveText('1971');
  const reached = Number(await filters.yearShown.textContent());
  expect(reached).toBeGreaterThan(1971);
  await filters.play.click();
  await expect(filters.play).toHaveText('Play');
  const stopped = await filters.yearShown.textContent();
  await expect(filters.summary).toHaveText(
    Filters.summaryText(actors, inYear(Number(stopped), false)),
  );

  await filters.allYears.check();
  await expect(filters.yearShown).toHaveText('all');
  await expect(filters.year).toBeDisabled();
});

test('a copied link opens the same view in a new page', async ({ page }) => {
  const explorer = new Explorer(page);
  const filters = new Filters(page);
  await explorer.open();
  await new Search(page).choose('China');
  await expect(explorer.profile.getByRole('heading', { level: 2 })).toHaveText('China');
  const types = await filters.open('Relation types');
  await filters.option(types, 'leverage').uncheck();
  await filters.milestone('Aug 2021 takeover').click();
  await expect(filters.yearShown).toHaveText('2021');
  const summary = (await filters.summary.textContent())!.trim();
  const link = page.url();
  expect(link).toMatch(/actor=china/);

  const other = await page.context().newPage();
  const reopened = new Explorer(other);
  const reopenedFilters = new Filters(other);
  await reopened.open(link);
  await expect(reopenedFilters.summary).toHaveText(summary);
  await expect(reopened.profile.getByRole('heading', { level: 2 })).toHaveText('China');
  // The profile follows the filters too: no leverage, and it says what they hide.
  await expect(reopened.profile.getByRole('heading', { name: /^Leverage/ })).toHaveCount(0);
  await expect(reopened.profile).toContainText('hidden by the filters');
  await expect.poll(() => reopened.selectedOnGraph()).toEqual(['china']);
  await expect(reopenedFilters.yearShown).toHaveText('2021');
  const reopenedTypes = await reopenedFilters.open('Relation types');
  await expect(reopenedFilters.option(reopenedTypes, 'leverage')).not.toBeChecked();
  await expect(reopenedFilters.option(reopenedTypes, 'rivalry')).toBeChecked();
  expect(other.url()).toBe(link);
  await other.close();
});

test('Back and Forward step through views', async ({ page }) => {
  const explorer = new Explorer(page);
  const filters = new Filters(page);
  const graph = await compiledGraph(page);
  const everything = Filters.summaryText(graph.actors.length, graph.relations.length);
  await explorer.open();
  const start = page.url();

  await new Search(page).choose('Pakistan');
  await expect(page).toHaveURL(/actor=pakistan/);
  const types = await filters.open('Relation types');
  await filters.option(types, 'cooperation').uncheck();
  await expect(filters.summary).not.toHaveText(everything);
  const narrowed = (await filters.summary.textContent())!.trim();

  await page.goBack();
  await expect(filters.summary).toHaveText(everything);
  await expect(filters.option(types, 'cooperation')).toBeChecked();
  await expect(explorer.profile.getByRole('heading', { level: 2 })).toHaveText('Pakistan');

  await page.goBack();
  expect(page.url()).toBe(start);
  await expect(explorer.evidencePanel).toContainText('Click a line on the graph');
  await expect.poll(() => explorer.selectedOnGraph()).toEqual([]);

  await page.goForward();
  await expect(explorer.profile.getByRole('heading', { level: 2 })).toHaveText('Pakistan');
  await expect.poll(() => explorer.selectedOnGraph()).toEqual(['pakistan']);

  await page.goForward();
  await expect(filters.summary).toHaveText(narrowed);
  await expect(filters.option(types, 'cooperation')).not.toBeChecked();
});

const junkLinks: [address: string, problem: string][] = [
  ['/?year=abc', 'bad year "abc"'],
  ['/?actor=nobody', 'unknown actor "nobody"'],
  ['/?foo=1', 'unknown part "foo"'],
];
for (const [address, problem] of junkLinks) {
  test(`a junk link (${address}) opens the default view with a notice`, async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    const explorer = new Explorer(page);
    const filters = new Filters(page);
    const graph = await compiledGraph(page);
    await explorer.open(address);

    const notice = page.getByRole('status').filter({ hasText: 'The link could not be used' });
    await expect(notice).toContainText(`(${problem})`);
    await expect(filters.summary).toHaveText(
      Filters.summaryText(graph.actors.length, graph.relations.length),
    );
    await expect(explorer.evidencePanel).toContainText('Click a line on the graph');
    expect(new URL(page.url()).search).toBe('');
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toHaveCount(0);
    expect(errors).toEqual([]);
  });
}

test('the tables sort by a column, and a row selects what it shows, on the graph too', async ({
  page,
}) => {
  const explorer = new Explorer(page);
  const tables = new TableView(page);
  const tabs = new MainTabs(page);
  const graph = await compiledGraph(page);
  await explorer.open();
  await tabs.tables.click();
  await expect(tabs.tables).toHaveAttribute('aria-pressed', 'true');
  await expect(tables.actors.table).toHaveAccessibleName(`Actors (${graph.actors.length} shown)`);
  await expect(tables.relations.rows).toHaveCount(graph.relations.length);
  await expect(page).toHaveURL(/view=table/);

  // Sorting: by evidence, up then down.
  const evidence = tables.relations.header('Evidence');
  await expect(evidence).not.toHaveAttribute('aria-sort');
  await tables.relations.sortBy('Evidence');
  await expect(evidence).toHaveAttribute('aria-sort', 'ascending');
  const up = (await tables.relations.column(7)).map(Number);
  expect(up).toEqual([...up].sort((a, b) => a - b));
  await tables.relations.sortBy('Evidence');
  await expect(evidence).toHaveAttribute('aria-sort', 'descending');
  const down = (await tables.relations.column(7)).map(Number);
  expect(down).toEqual([...up].sort((a, b) => b - a));
  expect(down[0]).toBe(Math.max(...graph.relations.map((r) => r.evidence.length)));

  await tables.actors.sortBy('Name');
  await expect(tables.actors.header('Name')).toHaveAttribute('aria-sort', 'descending');
  const names = await tables.actors.column(1);
  expect(names).toEqual(
    graph.actors.map((a) => a.name).sort((a, b) => b.localeCompare(a, 'en', { numeric: true })),
  );

  // The type is written out, never told by colour alone.
  for (const text of await tables.relations.column(2)) {
    expect(text).toMatch(/^(cooperation|rivalry|leverage)\b/);
  }

  // A click anywhere on a row selects its relation.
  const label = 'China has leverage over the Afghan Taliban';
  await tables.relations.row(label).locator('td').first().click();
  await expect(explorer.evidencePanel.getByRole('heading', { level: 2 })).toHaveText(label);
  await expect(tables.relations.current).toHaveCount(1);
  await expect(tables.relations.current).toContainText(label);
  await expect(tables.relations.link(label)).toHaveAttribute('aria-current', 'true');

  // Enter on an actor's name selects the actor.
  await tables.actors.link('Pakistan').focus();
  await page.keyboard.press('Enter');
  await expect(explorer.profile.getByRole('heading', { level: 2 })).toHaveText('Pakistan');
  await expect(tables.actors.current).toContainText('Pakistan');
  await expect(tables.relations.current).toHaveCount(0);
  // Down moves to the next name.
  await page.keyboard.press('ArrowDown');
  await expect(
    tables.actors.rows.nth(names.indexOf('Pakistan') + 1).getByRole('button'),
  ).toBeFocused();

  // The graph shows the same selection.
  await tabs.graph.click();
  await page.waitForFunction(() => window.actorGraphView !== undefined);
  await expect.poll(() => explorer.selectedOnGraph()).toEqual(['pakistan']);
  await page.screenshot({ path: 'test-results/tables-then-graph.png' });
});

test('the tables fill the main area without overlap at 1400x900', async ({ page }) => {
  const tables = new TableView(page);
  await tables.open('/?view=table&relation=china-leverage-afghan-taliban');
  await expect(tables.relations.current).toBeVisible();
  const tabs = await page.getByRole('group', { name: 'Main view' }).boundingBox();
  const view = await tables.root.boundingBox();
  const table = await tables.actors.table.boundingBox();
  // The Graph/Tables switch sits above the tables, not over them.
  expect(tabs!.y + tabs!.height).toBeLessThanOrEqual(view!.y);
  // The tables fit the width of the main area: no sideways scrolling.
  expect(table!.width).toBeLessThanOrEqual(view!.width);
  expect(await tables.root.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(
    true,
  );
  await page.screenshot({ path: 'test-results/tables.png' });
});

test('keyboard on the graph: Tab to the canvas, arrows and ] move, Enter selects, it is announced', async ({
  page,
}) => {
  const explorer = new Explorer(page);
  const keyboard = new GraphKeyboard(page);
  const graph = await compiledGraph(page);
  const names = new Map(graph.actors.map((actor) => [actor.id, actor.name]));
  const chinas = graph.relations.filter((r) => r.source === 'china' || r.target === 'china');
  // ] steps through China's relations by the actor at the other end, then by label.
  const other = (r: CompiledRelation) => names.get(r.source === 'china' ? r.target : r.source)!;
  const first = [...chinas].sort(
    (a, b) => other(a).localeCompare(other(b)) || a.label.localeCompare(b.label),
  )[0]!;
  await explorer.open();

  // Selecting an actor (here by search) is announced.
  await new Search(page).choose('China');
  await expect(keyboard.announcement).toHaveText(
    `Selected: China, state, ${chinas.length} relations`,
  );

  // Tab from the control just before the canvas (the Graph/Tables switch) lands on it, on the
  // selected actor.
  await new MainTabs(page).tables.focus();
  await page.keyboard.press('Tab');
  await expect(keyboard.canvas).toBeFocused();
  await expect(keyboard.announcement).toHaveText(`China, state, ${chinas.length} relations`);

  await keyboard.press(']');
  await expect(keyboard.announcement).toContainText(`${first.label}: ${first.type}, `);
  await expect(keyboard.announcement).toContainText(
    `${names.get(first.source)} ${first.directed ? '→' : '↔'} ${names.get(first.target)}`,
  );
  await keyboard.press('Enter');
  await expect(explorer.evidencePanel.getByRole('heading', { level: 2 })).toHaveText(first.label);
  await expect.poll(() => explorer.selectedOnGraph()).toEqual([first.id]);
  await expect(keyboard.announcement).toContainText(`Selected: ${first.label}: `);

  // Arrows move to another actor; Enter selects it.
  let moved = false;
  for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp']) {
    await keyboard.press(key);
    const said = (await keyboard.announcement.textContent())!;
    if (!said.startsWith('No actor') && !said.startsWith('China,')) {
      moved = true;
      break;
    }
  }
  expect(moved).toBe(true);
  const said = (await keyboard.announcement.textContent())!;
  expect(said).toMatch(/^[^,]+, [a-z ]+, \d+ relations?$/);
  const name = said.split(',')[0]!;
  await keyboard.press('Enter');
  await expect(explorer.profile.getByRole('heading', { level: 2 })).toHaveText(name);
  const id = graph.actors.find((actor) => actor.name === name)!.id;
  await expect.poll(() => explorer.selectedOnGraph()).toEqual([id]);
  await page.screenshot({ path: 'test-results/graph-keyboard.png' });

  // Escape clears the selection.
  await keyboard.press('Escape');
  await expect(keyboard.announcement).toHaveText('Selection cleared');
  await expect.poll(() => explorer.selectedOnGraph()).toEqual([]);
  await expect(explorer.evidencePanel).toContainText('Click a line on the graph');
});

test('stepping through the years leaves one history entry, so Back returns to before', async ({
  page,
}) => {
  const explorer = new Explorer(page);
  const filters = new Filters(page);
  await explorer.open();
  const start = page.url();
  await filters.root.getByRole('button', { name: '2001 invasion' }).click();
  await expect(filters.yearShown).toHaveText('2001');
  await filters.year.focus();
  for (const year of ['2002', '2003', '2004']) {
    await page.keyboard.press('ArrowRight');
    await expect(filters.yearShown).toHaveText(year);
  }
  await expect(page).toHaveURL(/year=2004/);
  await page.goBack();
  expect(page.url()).toBe(start);
  await expect(filters.yearShown).toHaveText('all');
});

test('an opened bundle draws each of its relations as its own curve, then its first one is chosen', async ({
  page,
}) => {
  const explorer = new Explorer(page);
  await explorer.open();
  // Pakistan and the USSR share only this bundle of two rivalries: drawn as one straight line.
  const [first, second] = [
    'pakistan-rivalry-ussr-communism',
    'pakistan-rivalry-ussr-soviet-afghan-war',
  ];
  const bundled = [await explorer.positionOf(first), await explorer.positionOf(second)];
  expect(Math.hypot(bundled[0]!.x - bundled[1]!.x, bundled[0]!.y - bundled[1]!.y)).toBeLessThan(1);

  await explorer.clickRelation(first);
  await expect(explorer.evidencePanel).toContainText('USSR');
  // Opened, the two curve apart: neither is drawn straight over the other.
  const [a, b] = [await explorer.positionOf(first), await explorer.positionOf(second)];
  expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(6);
});

test('hovering an actor lights its neighbourhood, and moving off clears it', async ({ page }) => {
  const explorer = new Explorer(page);
  await explorer.open();
  const graph = await compiledGraph(page);
  const neighbours = new Set(['ttp']);
  for (const relation of graph.relations) {
    if (relation.source === 'ttp') neighbours.add(relation.target);
    if (relation.target === 'ttp') neighbours.add(relation.source);
  }
  const actors = new Set(graph.actors.map((actor) => actor.id));
  const nearActors = async () =>
    (await page.evaluate(() => window.actorGraphView?.nearIds() ?? []))
      .filter((id) => actors.has(id))
      .sort();

  const { x, y } = await explorer.positionOf('ttp');
  await page.mouse.move(x, y);
  await expect.poll(nearActors).toEqual([...neighbours].sort());
  expect(neighbours.size).toBeGreaterThan(2);
  await page.mouse.move(x + 300, y + 300, { steps: 4 });
  await expect.poll(nearActors).toEqual([]);
});
