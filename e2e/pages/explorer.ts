// Page object of the explorer: keeps shadow-DOM and canvas details out of the test bodies.
import { expect, type Locator, type Page } from '@playwright/test';

export class Explorer {
  readonly evidencePanel: Locator;
  readonly quotes: Locator;

  constructor(readonly page: Page) {
    this.evidencePanel = page.locator('ag-evidence-panel');
    this.quotes = this.evidencePanel.locator('mark');
  }

  async open(path = '/') {
    await this.page.goto(path);
    await this.page.waitForFunction(() => window.actorGraphView !== undefined);
  }

  /** Where an actor or the middle of a relation is drawn, in page coordinates. */
  async positionOf(id: string): Promise<{ x: number; y: number }> {
    const position = await this.page.evaluate(
      (element) => window.actorGraphView?.clientPosition(element),
      id,
    );
    expect(position, `${id} is drawn`).toBeDefined();
    return position!;
  }

  /** Clicks a drawn element with the real mouse. */
  async click(id: string) {
    const { x, y } = await this.positionOf(id);
    await this.page.mouse.click(x, y);
  }
}
