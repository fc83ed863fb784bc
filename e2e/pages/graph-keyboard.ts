// Page object of the graph's keyboard side: the focusable canvas and what it announces.
import type { Locator, Page } from '@playwright/test';

export class GraphKeyboard {
  readonly canvas: Locator;
  /** The live region a screen reader reads out. */
  readonly announcement: Locator;

  constructor(readonly page: Page) {
    const graph = page.locator('ag-graph');
    this.canvas = graph.getByRole('application', { name: 'Network of actors and relations' });
    this.announcement = graph.getByRole('status');
  }

  async press(...keys: string[]) {
    for (const key of keys) await this.page.keyboard.press(key);
  }
}
