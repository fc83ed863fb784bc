// Page object of the graph's controls (zoom, fit, layout) and of the actors as drawn.
import { expect, type Locator, type Page } from '@playwright/test';

export class GraphControls {
  readonly canvas: Locator;
  readonly layOutShown: Locator;
  readonly resetLayout: Locator;

  constructor(readonly page: Page) {
    const graph = page.locator('ag-graph');
    this.canvas = graph.locator('.canvas');
    this.layOutShown = graph.getByRole('button', { name: /^(Lay out shown|Laying out…)$/ });
    this.resetLayout = graph.getByRole('button', { name: 'Reset layout' });
  }

  /** The actors drawn now, with their positions in the drawing area (pixels from its corner). */
  drawnActors(): Promise<{ id: string; x: number; y: number }[]> {
    return this.page.evaluate(() => window.actorGraphView?.actorPositions() ?? []);
  }

  /** Graph coordinates of actors, which zoom and pan do not change. */
  modelPositions(
    ids: readonly string[],
  ): Promise<Record<string, { x: number; y: number } | undefined>> {
    return this.page.evaluate(
      (list) =>
        Object.fromEntries(list.map((id) => [id, window.actorGraphView?.modelPosition(id)])),
      [...ids],
    );
  }

  async drawingArea(): Promise<{ width: number; height: number }> {
    const box = await this.canvas.boundingBox();
    expect(box, 'the drawing area is laid out').not.toBeNull();
    return box!;
  }
}
