import { expect, test, type Page } from '@playwright/test';
import type { CompiledGraph } from '../web/model/schema';
import { Explorer } from './pages/explorer';

async function compiledGraph(page: Page): Promise<CompiledGraph> {
  const response = await page.request.get('data/graph.json');
  return (await response.json()) as CompiledGraph;
}

/** The relation whose (first) quote contains a phrase of the source. */
function relationQuoting(graph: CompiledGraph, phrase: string) {
  const relation = graph.relations.find((r) => r.evidence.some((e) => e.exact.includes(phrase)));
  expect(relation, `a relation quotes "${phrase}"`).toBeDefined();
  return relation!;
}

test('an edge shows its quote highlighted inside its paragraph', async ({ page }) => {
  const explorer = new Explorer(page);
  await explorer.open();
  await explorer.clickRelation('china-leverage-afghan-taliban');
  const quote = explorer.quotes.first();
  await expect(quote).toHaveText('at the moment China has leverage over the Afghan Taliban');
  // The paragraph around the quote is shown too.
  await expect(explorer.evidencePanel.locator('blockquote').first()).toContainText(
    'persuade them to play a decisive role against the TTP via Afghan Taliban because at the moment',
  );
  await expect(explorer.evidencePanel).toContainText('p. 197');
  await page.screenshot({ path: 'test-results/evidence-panel.png' });
});

test('read in source: the passage is highlighted and in view, and other passages select what they back', async ({
  page,
}) => {
  const explorer = new Explorer(page);
  const graph = await compiledGraph(page);
  await explorer.open();
  await explorer.clickRelation('china-leverage-afghan-taliban');
  await explorer.evidencePanel.getByRole('button', { name: 'Read in source' }).first().click();

  const reader = explorer.reader;
  await expect(reader.current).toHaveText(
    'at the moment China has leverage over the Afghan Taliban',
  );
  await expect(reader.current).toBeInViewport();
  await expect(reader.root.locator('.page').first()).toHaveText('p. 195');
  await page.screenshot({ path: 'test-results/source-reader.png' });

  // Another marked passage selects the relation it backs, on the graph too.
  const cpec = relationQuoting(graph, '$46bn');
  await reader.passage('$46bn').scrollIntoViewIfNeeded();
  await reader.passage('$46bn').click();
  await expect(reader.current.filter({ hasText: '$46bn' })).toHaveCount(1);
  await expect(reader.backs).toContainText(cpec.label);
  await expect.poll(() => explorer.selectedOnGraph()).toContain(cpec.id);

  // Back to the details of what is now selected.
  await reader.root.getByRole('button', { name: '← Back to details' }).click();
  await expect(explorer.evidencePanel.getByRole('heading', { level: 2 })).toHaveText(cpec.label);
});

test('N and P step through the marked passages in reading order', async ({ page }) => {
  const explorer = new Explorer(page);
  const graph = await compiledGraph(page);
  await explorer.open();
  await explorer.clickRelation('china-leverage-afghan-taliban');
  await explorer.evidencePanel.getByRole('button', { name: 'Read in source' }).first().click();
  const before = await explorer.reader.current.first().textContent();
  await explorer.reader.root.locator('.document').focus();
  await page.keyboard.press('n');
  await expect(explorer.reader.current.first()).not.toHaveText(before!);
  const selected = (await explorer.selectedOnGraph())[0]!;
  const relation = graph.relations.find((r) => r.id === selected)!;
  const chinaLeverage = graph.relations.find((r) => r.id === 'china-leverage-afghan-taliban')!;
  expect(relation.evidence.some((e) => e.start >= chinaLeverage.evidence[0]!.start)).toBe(true);
  await page.keyboard.press('p');
  await expect(explorer.reader.current.first()).toHaveText(before!);
});

test('an actor shows its profile, and choosing one of its relations selects it', async ({
  page,
}) => {
  const explorer = new Explorer(page);
  await explorer.open();
  await explorer.clickActor('china');
  await expect(explorer.profile.getByRole('heading', { level: 2 })).toHaveText('China');
  await expect(explorer.profile.getByRole('heading', { name: /^Leverage it holds/ })).toBeVisible();
  await page.screenshot({ path: 'test-results/actor-profile.png' });
  await explorer.profile
    .getByRole('button', { name: /China has leverage over the Afghan Taliban/ })
    .click();
  await expect(explorer.evidencePanel.getByRole('heading', { level: 2 })).toHaveText(
    'China has leverage over the Afghan Taliban',
  );
  await expect.poll(() => explorer.selectedOnGraph()).toEqual(['china-leverage-afghan-taliban']);
});

test('a dragged actor stays where it was put after a reload, until the layout is reset', async ({
  page,
}) => {
  const explorer = new Explorer(page);
  await explorer.open();
  const computed = await explorer.modelPosition('japan');
  const start = await explorer.positionOf('japan');
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 60, start.y - 40, { steps: 8 });
  await page.mouse.up();
  const moved = await explorer.modelPosition('japan');
  expect(moved).not.toEqual(computed);

  await page.reload();
  await page.waitForFunction(() => window.actorGraphView !== undefined);
  expect(await explorer.modelPosition('japan')).toEqual(moved);

  await page.getByRole('button', { name: 'Reset layout' }).click();
  expect(await explorer.modelPosition('japan')).toEqual(computed);
  await page.reload();
  await page.waitForFunction(() => window.actorGraphView !== undefined);
  expect(await explorer.modelPosition('japan')).toEqual(computed);
});
