import { expect, test } from '@playwright/test';
import { Explorer } from './pages/explorer';

test('the explorer draws the graph with a legend', async ({ page }) => {
  const explorer = new Explorer(page);
  await explorer.open();
  await expect(page.locator('ag-legend')).toContainText('leverage');
  await expect(page.locator('ag-legend')).toContainText('rivalry');
  await expect(page.locator('ag-legend')).toContainText('cooperation');
  await expect(explorer.evidencePanel).toContainText('Click a line on the graph');
});

test('clicking an edge with the mouse shows its quote, citation and page', async ({ page }) => {
  const explorer = new Explorer(page);
  await explorer.open();
  await explorer.clickRelation('china-leverage-afghan-taliban');
  await expect(explorer.evidencePanel.getByRole('heading', { level: 2 })).toHaveText(
    'China has leverage over the Afghan Taliban',
  );
  await expect(explorer.quotes.first()).toHaveText(
    'at the moment China has leverage over the Afghan Taliban',
  );
  await expect(explorer.evidencePanel).toContainText('leverage');
  await expect(explorer.evidencePanel).toContainText(
    'Pakistan Journal of Society, Education and Language',
  );
  await expect(explorer.evidencePanel).toContainText('p. 197');
});

test('clicking the background clears the selection', async ({ page }) => {
  const explorer = new Explorer(page);
  await explorer.open();
  await explorer.clickRelation('china-leverage-afghan-taliban');
  await expect(explorer.quotes.first()).toBeVisible();
  const box = (await page.locator('ag-graph').boundingBox())!;
  await page.mouse.click(box.x + 5, box.y + box.height - 5);
  await expect(explorer.evidencePanel).toContainText('Click a line on the graph');
});
