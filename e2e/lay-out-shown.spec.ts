// "Lay out shown": the actors a filter leaves are laid out again (in a worker) and move there;
// the result is kept like a drag, and "Reset layout" brings the compiled layout back.
import { expect, test, type Page } from '@playwright/test';
import type { CompiledGraph } from '../web/model/schema';
import { Explorer } from './pages/explorer';
import { Filters } from './pages/filters';
import { GraphControls } from './pages/graph-controls';

async function compiledGraph(page: Page): Promise<CompiledGraph> {
  const response = await page.request.get('data/graph.json');
  return (await response.json()) as CompiledGraph;
}

test('"Lay out shown" lays out the actors a focus leaves, inside the drawing area; "Reset layout" puts them back', async ({
  page,
}) => {
  const explorer = new Explorer(page);
  const filters = new Filters(page);
  const controls = new GraphControls(page);
  const graph = await compiledGraph(page);
  await explorer.open();

  await filters.focusActor.selectOption({ label: 'China' });
  await expect(filters.summary).not.toHaveText(
    Filters.summaryText(graph.actors.length, graph.relations.length),
  );
  const shown = (await controls.drawnActors()).map((actor) => actor.id);
  expect(shown.length).toBeGreaterThan(2);
  expect(shown.length).toBeLessThan(graph.actors.length);
  const hidden = graph.actors.map((actor) => actor.id).filter((id) => !shown.includes(id));
  const before = await controls.modelPositions(graph.actors.map((actor) => actor.id));

  await controls.layOutShown.click();
  await expect(controls.layOutShown).toHaveText('Laying out…');
  await expect(controls.layOutShown).toHaveText('Lay out shown');
  await expect(controls.layOutShown).toHaveAttribute('aria-busy', 'false');

  const after = await controls.modelPositions(graph.actors.map((actor) => actor.id));
  const moved = shown.filter(
    (id) => after[id]!.x !== before[id]!.x || after[id]!.y !== before[id]!.y,
  );
  expect(moved.length, 'the shown actors moved').toBeGreaterThanOrEqual(shown.length - 1);
  for (const id of hidden) expect(after[id], `hidden ${id} stays`).toEqual(before[id]);
  // Every shown actor is drawn inside the drawing area, the view fitted to them.
  const area = await controls.drawingArea();
  const drawn = await controls.drawnActors();
  expect(drawn.map((actor) => actor.id).sort()).toEqual([...shown].sort());
  for (const { id, x, y } of drawn) {
    expect(x, `${id} across`).toBeGreaterThan(0);
    expect(x, `${id} across`).toBeLessThan(area.width);
    expect(y, `${id} down`).toBeGreaterThan(0);
    expect(y, `${id} down`).toBeLessThan(area.height);
  }
  await page.screenshot({ path: test.info().outputPath('lay-out-shown.png') });

  // Kept like a drag: a reload (the focus is in the address) draws them where they were laid out.
  await page.reload();
  await page.waitForFunction(() => window.actorGraphView !== undefined);
  expect(await controls.modelPositions(shown)).toEqual(
    Object.fromEntries(shown.map((id) => [id, after[id]])),
  );

  await controls.resetLayout.click();
  expect(await controls.modelPositions(shown)).toEqual(
    Object.fromEntries(shown.map((id) => [id, graph.layout[id]])),
  );
});
