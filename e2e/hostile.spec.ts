import { expect, test } from '@playwright/test';
import Papa from 'papaparse';
import { hostilePayloads } from './hostile-payloads';
import { DatasetLoader } from './pages/dataset-loader';
import { Explorer } from './pages/explorer';

/** A CSV whose labels, notes, actor names and quotes are all hostile, with its source text. */
function hostileDataset() {
  const sentences = hostilePayloads.map((payload, i) => `Passage ${i + 1} says ${payload} here.`);
  const rows = hostilePayloads.map((payload, i) => ({
    from: i % 4 === 0 ? payload.slice(0, 60) : `Actor ${i}`,
    to: `Actor ${i + 1}`,
    type: ['cooperation', 'rivalry', 'leverage'][i % 3],
    label: payload,
    quote: sentences[i],
    note: `note ${payload}\u0007`,
  }));
  return {
    csv: Papa.unparse(rows),
    text: sentences.join('\n\n'),
  };
}

test('twenty hostile payloads show as plain text everywhere, run nothing and break no policy', async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  const explorer = new Explorer(page);
  const loader = new DatasetLoader(page);
  await page.goto('/');
  await page.evaluate(() => indexedDB.deleteDatabase('keyval-store'));
  await explorer.open();
  const { csv, text } = hostileDataset();
  await loader.open([
    { name: 'hostile.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) },
    { name: 'hostile.txt', mimeType: 'text/plain', buffer: Buffer.from(text) },
  ]);
  await expect(loader.root).toContainText('Showing hostile.csv');

  const graph = await page.evaluate(() => window.actorGraphView !== undefined);
  expect(graph).toBe(true);
  // Every relation's panel shows its label and quote as text, never as markup.
  const relationIds = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('keyval-store');
      request.onsuccess = () => resolve(request.result);
    });
    const stored = await new Promise<{ graph: { relations: { id: string }[] } }>((resolve) => {
      const request = db
        .transaction('keyval')
        .objectStore('keyval')
        .get('actor-graph:brought-dataset');
      request.onsuccess = () => resolve(request.result);
    });
    return stored.graph.relations.map((r) => r.id);
  });
  expect(relationIds).toHaveLength(hostilePayloads.length);
  for (const [i, id] of relationIds.entries()) {
    await explorer.clickRelation(id);
    const heading = explorer.evidencePanel.getByRole('heading', { level: 2 });
    await expect(heading).toHaveText(hostilePayloads[i]!.replace(/\s+/g, ' ').trim());
    await expect(explorer.quotes.first()).toContainText(`Passage ${i + 1} says`);
  }
  // The panels hold no element that the data could have made.
  for (const tag of ['script', 'img', 'iframe', 'object', 'math', 'style', 'meta']) {
    await expect(explorer.evidencePanel.locator(tag)).toHaveCount(0);
  }
  // The reader shows the hostile source text as text.
  await explorer.evidencePanel.getByRole('button', { name: 'Read in source' }).first().click();
  await expect(explorer.reader.root.locator('.document')).toContainText(
    '<script>window.__pwned = 1</script>',
  );
  await expect(explorer.reader.root.locator('script, img, iframe')).toHaveCount(0);

  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(
    await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
  ).toEqual([]);
});

test('the built app ships a strict Content-Security-Policy and runs under it', async ({ page }) => {
  const response = await page.goto('/');
  const html = await response!.text();
  const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/
    .exec(html)?.[1]
    ?.replace(/&#39;/g, "'");
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("style-src 'self'");
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toContain('unsafe-eval');
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const explorer = new Explorer(page);
  await explorer.open();
  await explorer.clickRelation('china-leverage-afghan-taliban');
  await expect(explorer.quotes.first()).toBeVisible();
  expect(violations).toEqual([]);
});
