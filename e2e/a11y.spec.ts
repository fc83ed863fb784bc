// Accessibility: axe-core finds no violation in the main view, the actor profile, the text view
// and the source reader.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { Explorer } from './pages/explorer';
import { TableView } from './pages/table-view';

// axe walks every element of a page this size (the tables, the whole source) in well over the
// default 30 s on a slow machine.
test.describe.configure({ timeout: 180_000 });

/** Every violation axe finds, one line each with where it is, so a failure says what to fix. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact}): ${violation.help} at ${JSON.stringify(node.target)}` +
        ` ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`,
    ),
  );
}

test('the main view with a relation selected has no accessibility violations', async ({ page }) => {
  const explorer = new Explorer(page);
  await explorer.open('/?relation=china-leverage-afghan-taliban');
  await expect(explorer.quotes.first()).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('the actor profile has no accessibility violations', async ({ page }) => {
  const explorer = new Explorer(page);
  await explorer.open('/?actor=china');
  await expect(explorer.profile.getByRole('heading', { level: 2 })).toHaveText('China');
  expect(await violations(page)).toEqual([]);
});

test('the text view has no accessibility violations', async ({ page }) => {
  const tables = new TableView(page);
  await tables.open('/?view=table&relation=china-leverage-afghan-taliban');
  await expect(tables.relations.current).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('the source reader has no accessibility violations', async ({ page }) => {
  const explorer = new Explorer(page);
  await explorer.open('/?relation=china-leverage-afghan-taliban&panel=source');
  await expect(explorer.reader.current).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
