// Page objects of the explorer: keep shadow-DOM and canvas details out of the test bodies.
import { expect, type Locator, type Page } from '@playwright/test';

export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

export class Explorer {
  readonly evidencePanel: Locator;
  readonly quotes: Locator;
  readonly profile: Locator;
  readonly reader: Reader;

  constructor(readonly page: Page) {
    this.evidencePanel = page.locator('ag-evidence-panel');
    this.quotes = this.evidencePanel.locator('mark');
    this.profile = page.locator('ag-actor-profile');
    this.reader = new Reader(page.locator('ag-source-reader'));
  }

  async open(path = '/') {
    await this.page.goto(path);
    await this.page.waitForFunction(() => window.actorGraphView !== undefined);
  }

  /** Where an actor or the middle of a relation (or of its bundle) is drawn, in page coordinates. */
  async positionOf(id: string): Promise<{ x: number; y: number }> {
    const position = await this.page.evaluate(
      (element) => window.actorGraphView?.clientPosition(element),
      id,
    );
    expect(position, `${id} is drawn`).toBeDefined();
    return position!;
  }

  /** Those of these relations that the graph draws now (on their own line or in a bundle). */
  drawnRelations(ids: readonly string[]): Promise<string[]> {
    return this.page.evaluate(
      (list) => list.filter((id) => window.actorGraphView?.clientPosition(id) !== undefined),
      [...ids],
    );
  }

  /** An actor's position in graph coordinates, which zoom and pan do not change. */
  async modelPosition(id: string): Promise<{ x: number; y: number }> {
    const position = await this.page.evaluate(
      (element) => window.actorGraphView?.modelPosition(element),
      id,
    );
    expect(position, `${id} is drawn`).toBeDefined();
    return position!;
  }

  /** How far an actor is drawn from the middle of the drawing area, in pixels. */
  async distanceFromMiddle(id: string): Promise<number> {
    const at = await this.positionOf(id);
    const box = await this.page.locator('ag-graph .canvas').boundingBox();
    expect(box, 'the drawing area is laid out').not.toBeNull();
    return Math.hypot(at.x - (box!.x + box!.width / 2), at.y - (box!.y + box!.height / 2));
  }

  selectedOnGraph(): Promise<string[]> {
    return this.page.evaluate(() => window.actorGraphView?.selectedIds() ?? []);
  }

  /** Clicks an actor with the real mouse. */
  async clickActor(id: string) {
    const { x, y } = await this.positionOf(id);
    await this.page.mouse.click(x, y);
  }

  /** Presses the mouse at a point of the page, moves it by (dx, dy) in steps, and lets go. */
  async drag(from: { x: number; y: number }, by: { dx: number; dy: number }) {
    await this.page.mouse.move(from.x, from.y);
    await this.page.mouse.down();
    await this.page.mouse.move(from.x + by.dx, from.y + by.dy, { steps: 8 });
    await this.page.mouse.up();
  }

  /**
   * The colour a large graph's network layer has drawn at a point of the page (the layer on top
   * of it is transparent where nothing is raised).
   */
  networkColourAt(at: { x: number; y: number }): Promise<Rgba> {
    return this.canvasColourAt('ag-graph .layer-network canvas[data-id="layer2-node"]', at);
  }

  /**
   * The colour a large graph's line layer (its plain lines, below the actors) has at a point, on
   * the canvas of one relation type.
   */
  lineColourAt(type: string, at: { x: number; y: number }): Promise<Rgba> {
    return this.canvasColourAt(`ag-graph .layer-network canvas.plain-lines.${type}`, at);
  }

  private canvasColourAt(selector: string, at: { x: number; y: number }): Promise<Rgba> {
    return this.page.locator(selector).evaluate((canvas: HTMLCanvasElement, { x, y }) => {
      const box = canvas.getBoundingClientRect();
      const scale = canvas.width / box.width;
      const [r, g, b, a] = canvas
        .getContext('2d')!
        .getImageData(
          Math.round((x - box.left) * scale),
          Math.round((y - box.top) * scale),
          1,
          1,
        ).data;
      return { r: r!, g: g!, b: b!, a: a! };
    }, at);
  }

  /** Clicks a relation with the real mouse; a bundle it is drawn in opens at the first click. */
  async clickRelation(id: string) {
    for (let attempt = 0; attempt < 2; attempt++) {
      const { x, y } = await this.positionOf(id);
      await this.page.mouse.click(x, y);
      if ((await this.selectedOnGraph()).includes(id)) return;
    }
    expect(await this.selectedOnGraph()).toContain(id);
  }
}

export class Reader {
  readonly current: Locator;
  readonly passages: Locator;
  readonly backs: Locator;

  constructor(readonly root: Locator) {
    this.current = root.locator('mark.current');
    this.passages = root.locator('mark.passage');
    this.backs = root.locator('.backs');
  }

  passage(text: string): Locator {
    return this.passages.filter({ hasText: text }).first();
  }
}
