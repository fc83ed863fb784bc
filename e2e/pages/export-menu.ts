// Page object of the export menu: opens it, makes choices, and catches what it downloads.
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';

export interface DownloadedFile {
  name: string;
  bytes: Buffer;
  text: string;
}

export class ExportMenu {
  readonly root: Locator;
  readonly button: Locator;
  readonly panel: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator('ag-export-menu');
    this.button = this.root.getByRole('button', { name: 'Export', exact: true });
    this.panel = this.root.getByRole('group', { name: 'Export' });
    this.status = this.panel.getByRole('status');
  }

  async open() {
    if ((await this.button.getAttribute('aria-expanded')) !== 'true') await this.button.click();
    await expect(this.panel).toBeVisible();
  }

  async scope(scope: 'Current view' | 'Whole graph') {
    await this.open();
    await this.panel.getByRole('radio', { name: new RegExp(`^${scope}`) }).check();
  }

  async table(table: 'actors' | 'relations' | 'evidence') {
    await this.open();
    await this.panel.getByLabel('CSV table').selectOption(table);
  }

  async scale(scale: 1 | 2 | 3 | 4) {
    await this.open();
    await this.panel.getByLabel('PNG scale').selectOption(String(scale));
  }

  async background(background: 'White' | 'Transparent') {
    await this.open();
    await this.panel.getByRole('radio', { name: background }).check();
  }

  formatButton(label: string): Locator {
    return this.panel.getByRole('button', { name: label, exact: true });
  }

  /** Clicks a format's button ("GraphML", "CSV", "PNG"...) and returns the file downloaded. */
  async download(label: string): Promise<DownloadedFile> {
    await this.open();
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.formatButton(label).click(),
    ]);
    const bytes = readFileSync(await download.path());
    await expect(this.status).toContainText(`Saved ${download.suggestedFilename()}`);
    return { name: download.suggestedFilename(), bytes, text: bytes.toString('utf8') };
  }
}
