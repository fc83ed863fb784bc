import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { DatasetLoader, type FileToOpen } from './pages/dataset-loader';
import { Explorer } from './pages/explorer';

const fixture = (name: string) => `e2e/fixtures/${name}`;
const asFile = (name: string, text: string, mimeType = 'text/plain'): FileToOpen => ({
  name,
  mimeType,
  buffer: Buffer.from(text, 'utf8'),
});

test.beforeEach(async ({ page }) => {
  // Each test starts from the default dataset.
  await page.goto('/');
  await page.evaluate(() => indexedDB.deleteDatabase('keyval-store'));
});

test('a dropped CSV and its text open as a graph to explore, and survive a reload', async ({
  page,
}) => {
  const explorer = new Explorer(page);
  const loader = new DatasetLoader(page);
  await explorer.open();
  await loader.drop([
    asFile('alliances.csv', readFileSync(fixture('alliances.csv'), 'utf8'), 'text/csv'),
    asFile('alliances.txt', readFileSync(fixture('alliances.txt'), 'utf8')),
  ]);
  await expect(page.getByRole('status').filter({ hasText: 'Opened alliances.csv' })).toContainText(
    '4 actors, 3 relations',
  );
  await expect(loader.root).toContainText('Showing alliances.csv');
  await page.waitForFunction(() => window.actorGraphView?.clientPosition('eastland') !== undefined);
  await explorer.clickActor('eastland');
  await expect(explorer.profile.getByRole('heading', { level: 2 })).toHaveText('Eastland');
  await explorer.profile
    .getByRole('button', { name: /Grain supply gives Eastland leverage/ })
    .click();
  await expect(explorer.quotes.first()).toHaveText('Eastland has leverage over Westland');

  await page.reload();
  await page.waitForFunction(() => window.actorGraphView?.clientPosition('eastland') !== undefined);
  await expect(loader.root).toContainText('Showing alliances.csv');

  await loader.backToDefault();
  await page.waitForFunction(() => window.actorGraphView?.clientPosition('pakistan') !== undefined);
  await expect(loader.root).not.toContainText('Showing');
});

const brokenCases: { files: string[]; error: RegExp }[] = [
  {
    files: ['broken-unknown-type.csv', 'alliances.txt'],
    error: /broken-unknown-type\.csv:2:\d+.*friendship/,
  },
  {
    files: ['broken-missing-quote.csv', 'alliances.txt'],
    error: /broken-missing-quote\.csv:1:\d+.*quote/,
  },
  {
    files: ['broken-quote-not-in-text.csv', 'alliances.txt'],
    error: /quote not found.*row 2|row 2.*quote not found/s,
  },
  { files: ['broken-period.csv', 'alliances.txt'], error: /broken-period\.csv:2:\d+/ },
  { files: ['broken-truncated.json'], error: /broken-truncated\.json: not valid JSON/ },
  { files: ['broken-shape.json'], error: /broken-shape\.json: at .*compiled Actor Graph file/ },
  {
    files: ['relations.yaml'],
    error: /relations\.yaml:\d+:\d+ .*malformed YAML|sources\.yaml:1:1 file is missing/,
  },
  { files: ['alliances.csv'], error: /cannot tell what dataset these files make/ },
];

for (const { files, error } of brokenCases) {
  test(`broken files (${files.join(' + ')}) are refused with a located error, the graph stays`, async ({
    page,
  }) => {
    const explorer = new Explorer(page);
    const loader = new DatasetLoader(page);
    await explorer.open();
    await explorer.clickRelation('china-leverage-afghan-taliban');
    await loader.open(files.map(fixture));
    await expect(loader.errors).toContainText(error);
    await loader.close();
    // What the person had open is untouched.
    await expect(explorer.evidencePanel.getByRole('heading', { level: 2 })).toHaveText(
      'China has leverage over the Afghan Taliban',
    );
    expect(await explorer.selectedOnGraph()).toEqual(['china-leverage-afghan-taliban']);
  });
}

test('a file over the size limit is refused before it is read', async ({ page }) => {
  test.setTimeout(60_000); // handing 10 MB to the file picker is slow on a busy machine
  const explorer = new Explorer(page);
  const loader = new DatasetLoader(page);
  await explorer.open();
  await loader.open([asFile('huge.csv', 'x'.repeat(10 * 1024 * 1024 + 1), 'text/csv')]);
  await expect(loader.errors).toContainText('huge.csv: 10485761 bytes, over the limit');
});
