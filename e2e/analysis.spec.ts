import { expect, test, type Page } from '@playwright/test';
import type { CompiledGraph } from '../web/model/schema';
import { Analysis } from './pages/analysis';
import { Explorer } from './pages/explorer';

// The first opening of the panel loads the analyses' code; the machine may be slow and shared.
test.setTimeout(90_000);

async function compiledGraph(page: Page): Promise<CompiledGraph> {
  const response = await page.request.get('data/graph.json');
  return (await response.json()) as CompiledGraph;
}

const litIds = (page: Page) => page.evaluate(() => window.actorGraphView?.litIds() ?? []);

test('the article’s path Pakistan → China → Afghan Taliban → TTP, with evidence at every step', async ({
  page,
}) => {
  const explorer = new Explorer(page);
  const analysis = new Analysis(page);
  const graph = await compiledGraph(page);
  const names = new Map(graph.actors.map((actor) => [actor.id, actor.name]));
  await explorer.open();
  await analysis.open();
  await analysis.show('Paths');
  await analysis.findPaths('Pakistan', names.get('ttp')!, {
    types: ['leverage', 'cooperation'],
    maxLength: 4,
  });
  await expect(analysis.pathStatus).toContainText('paths, shortest first');

  const route = ['pakistan', 'china', 'afghan-taliban', 'ttp'];
  const path = analysis.path(route.map((id) => names.get(id)!));
  await expect(path).toHaveCount(1);
  const steps = await analysis.stepsOf(path);
  await expect(steps).toHaveCount(3);
  for (let i = 0; i < 3; i++) {
    const [from, to] = [route[i]!, route[i + 1]!];
    const step = steps.nth(i);
    await expect(step.getByRole('heading')).toHaveText(`${names.get(from)} → ${names.get(to)}`);
    // Every relation of the step shows its first quote, exactly as the data has it.
    const items = step.locator('.step-relations > li');
    expect(await items.count()).toBeGreaterThan(0);
    for (const item of await items.all()) {
      const label = (await item.getByRole('button').locator('span').first().textContent())!;
      const relation = graph.relations.find(
        (r) =>
          r.label === label.trim() &&
          [r.source, r.target].includes(from) &&
          [r.source, r.target].includes(to),
      );
      expect(relation, `a relation "${label}" between ${from} and ${to}`).toBeDefined();
      await expect(item.locator('blockquote')).toHaveText(relation!.evidence[0]!.exact);
    }
  }
  await expect(steps.nth(1).locator('blockquote').first()).toContainText(
    'China has leverage over the Afghan Taliban',
  );

  // Lighting the path lights its actors and relations on the graph; the rest fades.
  await analysis.light(path);
  await expect
    .poll(() => litIds(page), { timeout: 10_000 })
    .toEqual(expect.arrayContaining([...route, 'china-leverage-afghan-taliban']));
  const lit = await litIds(page);
  expect(lit).not.toContain('india');
  expect(lit).not.toContain('united-states');
  await page.screenshot({ path: 'test-results/analysis-paths.png' });

  // A step's relation is one click from its evidence.
  await steps
    .nth(1)
    .locator('button', {
      has: page.getByText('China has leverage over the Afghan Taliban', { exact: true }),
    })
    .click();
  await expect.poll(() => explorer.selectedOnGraph()).toEqual(['china-leverage-afghan-taliban']);
  await page
    .getByRole('group', { name: 'Side panel' })
    .getByRole('button', { name: 'Details' })
    .click();
  await expect(explorer.evidencePanel.getByRole('heading', { level: 2 })).toHaveText(
    'China has leverage over the Afghan Taliban',
  );
  await expect(explorer.quotes.first()).toHaveText(
    'at the moment China has leverage over the Afghan Taliban',
  );
  // Leaving the panel clears what it lit; coming back finds the same path, lit again.
  await expect.poll(() => litIds(page)).toEqual([]);
  await analysis.open();
  await expect(analysis.path(route.map((id) => names.get(id)!))).toHaveClass(/\blit\b/);
  await expect.poll(() => litIds(page)).toContain('china-leverage-afghan-taliban');
});

test('no path says what blocks it', async ({ page }) => {
  const explorer = new Explorer(page);
  const analysis = new Analysis(page);
  await explorer.open('/?panel=analysis');
  await analysis.loaded();
  await analysis.show('Paths');
  await analysis.findPaths('Pakistan', 'Tehreek-e-Taliban Pakistan', { types: ['leverage'] });
  await expect(analysis.pathStatus).toContainText(
    'No path: a path exists if cooperation were allowed',
  );
});

test('the influence ranking names its method, explains each score and draws the chart', async ({
  page,
}) => {
  const explorer = new Explorer(page);
  const analysis = new Analysis(page);
  const graph = await compiledGraph(page);
  await explorer.open('/?panel=analysis');
  await analysis.loaded();
  await expect(analysis.root).toContainText('Attenuated influence chains');
  await expect(analysis.ranking.locator(':scope > li').first()).toContainText('United States');

  // Why: the relations behind the score, each selecting its relation.
  const us = analysis.rankedActor('United States');
  await us.locator('summary', { hasText: 'Why' }).click();
  const reason = us.locator('.contributions button').first();
  const label = (await reason.locator('span').first().textContent())!.trim();
  const relation = graph.relations.find((r) => r.label === label && r.type === 'leverage');
  expect(relation, `a leverage relation "${label}"`).toBeDefined();
  await reason.click();
  await expect.poll(() => explorer.selectedOnGraph()).toEqual([relation!.id]);

  await analysis.openChart();
  await expect(analysis.chartLabels().filter({ hasText: 'United States' })).toHaveCount(1);
  await expect(analysis.chartLabels().filter({ hasText: 'Pakistan' })).toHaveCount(1);
  await expect(analysis.chart.locator('.quadrant')).toHaveText([
    'drivers',
    'relays',
    'dependents',
    'autonomous',
  ]);
  await analysis.chart.locator('svg').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/analysis-influence.png' });
  // A point chooses its actor, by the mouse or by Enter.
  const pointOf = (name: string) =>
    analysis.chart.locator('.point', { has: page.locator('text', { hasText: name }) });
  await pointOf('Pakistan').click();
  await expect.poll(() => explorer.selectedOnGraph()).toEqual(['pakistan']);
  await analysis.open();
  await analysis.chart.locator('svg').scrollIntoViewIfNeeded();
  await pointOf('United States').focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => explorer.selectedOnGraph()).toEqual(['united-states']);
  await analysis.open();

  // Counting support changes the ranking; the centrality table sorts by a column.
  const ranked = await analysis.ranking.locator(':scope > li').count();
  await analysis.root.getByLabel('Count one-sided support as influence').check();
  await expect(analysis.ranking.locator(':scope > li')).not.toHaveCount(ranked);
  await analysis.root.locator('summary', { hasText: 'Centrality' }).click();
  await analysis.centrality.getByRole('button', { name: /^Betw\./ }).click();
  await expect(analysis.centrality.locator('th[aria-sort="descending"]')).toContainText('Betw.');
  await page.screenshot({ path: 'test-results/analysis-centrality.png' });
});

test('the blocs follow the year, from the address and from the slider', async ({ page }) => {
  const explorer = new Explorer(page);
  const analysis = new Analysis(page);
  await explorer.open('/?panel=analysis&year=2022');
  await analysis.loaded();
  await analysis.show('Blocs');
  await expect(analysis.root).toContainText('of triads are balanced');
  const in2022 = await analysis.blocMembership();

  await explorer.open('/?panel=analysis&year=2000');
  await analysis.loaded();
  await analysis.show('Blocs');
  const in2000 = await analysis.blocMembership();
  expect(in2000).not.toEqual(in2022);
  // India sides with Pakistan's bloc in 2000 but not in 2022.
  const withPakistan = (blocs: string[]) => blocs.find((bloc) => bloc.includes('Pakistan'))!;
  expect(withPakistan(in2000)).toContain('India');
  expect(withPakistan(in2022)).not.toContain('India');

  await analysis.root.getByLabel('Colour blocs on the graph').check();
  await page.screenshot({ path: 'test-results/analysis-blocs.png' });

  // Moving the slider redraws the blocs at once.
  await page.locator('ag-filters input[type="range"]').fill('2022');
  await expect.poll(() => analysis.blocMembership()).toEqual(in2022);
});
