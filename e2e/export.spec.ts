import { expect, test, type Page } from '@playwright/test';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import Graph from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { ExportMenu } from './pages/export-menu';
import { Explorer } from './pages/explorer';

/** Width and height from a PNG's header (IHDR: bytes 16 to 24). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Decodes a PNG in the page: how many distinct colours it has and its top-left pixel. */
function decodePng(page: Page, bytes: Buffer) {
  return page.evaluate(async (base64) => {
    const data = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const colours = new Set<number>();
    for (let i = 0; i < pixels.length; i += 4 * 7) {
      colours.add(
        ((pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!) * 256 + pixels[i + 3]!,
      );
    }
    return { colours: colours.size, corner: [...pixels.slice(0, 4)] };
  }, bytes.toString('base64'));
}

/** The SVG's root size and, per actor, the centre of its shape. */
function readSvg(svg: string) {
  expect(XMLValidator.validate(svg)).toBe(true);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(svg) as {
    svg: { width: string; height: string };
  };
  const centres = new Map<string, { x: number; y: number }>();
  for (const match of svg.matchAll(
    /<g class="actor [^"]*" data-actor="([^"]+)"[^>]*><(?:ellipse cx="([-\d.]+)" cy="([-\d.]+)"|rect x="([-\d.]+)" y="([-\d.]+)" width="([-\d.]+)" height="([-\d.]+)"|path d="M)/g,
  )) {
    const [, id, cx, cy, x, y, w, h] = match;
    if (cx) centres.set(id!, { x: Number(cx), y: Number(cy) });
    else if (x) centres.set(id!, { x: Number(x) + Number(w) / 2, y: Number(y) + Number(h) / 2 });
  }
  return { width: Number(doc.svg.width), height: Number(doc.svg.height), centres };
}

test('the export menu opens and closes like a disclosure, Escape giving focus back', async ({
  page,
}) => {
  const explorer = new Explorer(page);
  const menu = new ExportMenu(page);
  await explorer.open();
  await expect(menu.button).toHaveAttribute('aria-expanded', 'false');
  await expect(menu.panel).toBeHidden();
  await menu.button.click();
  await expect(menu.button).toHaveAttribute('aria-expanded', 'true');
  await expect(menu.formatButton('GraphML')).toBeVisible();
  await menu.formatButton('GraphML').focus();
  await page.keyboard.press('Escape');
  await expect(menu.panel).toBeHidden();
  await expect(menu.button).toBeFocused();
  await expect(menu.button).toHaveAttribute('aria-expanded', 'false');
});

test('GraphML and CSV of the current view hold what the filters leave', async ({ page }) => {
  const explorer = new Explorer(page);
  const menu = new ExportMenu(page);
  await explorer.open('/?types=leverage');
  await menu.open();
  const label = await menu.panel
    .getByRole('radio', { name: /^Current view/ })
    .evaluate((input) => input.parentElement!.textContent!);
  const [, actors, relations] = /\((\d+) actors, (\d+) relations\)/.exec(label)!.map(Number);

  const graphml = await menu.download('GraphML');
  expect(graphml.name).toBe('actor-graph-pjsel-2023-view.graphml');
  const graph = parseGraphml(Graph, graphml.text);
  expect(graph.order).toBe(actors);
  expect(graph.size).toBe(relations);
  expect(graph.size).toBeGreaterThan(0);
  graph.forEachEdge((_edge, attributes) => expect(attributes.type).toBe('leverage'));

  await menu.table('evidence');
  const csv = await menu.download('CSV');
  expect(csv.name).toBe('actor-graph-pjsel-2023-view-evidence.csv');
  const rows = parseCsv(csv.text, { columns: true }) as Record<string, string>[];
  expect(rows.length).toBeGreaterThanOrEqual(relations!);

  await menu.scope('Whole graph');
  await menu.table('actors');
  const whole = await menu.download('CSV');
  expect(whole.name).toBe('actor-graph-pjsel-2023-actors.csv');
  expect((parseCsv(whole.text, { columns: true }) as unknown[]).length).toBe(25);
});

test('the SVG draws the view with its actors where the screen has them, a legend and a caption', async ({
  page,
}) => {
  const explorer = new Explorer(page);
  const menu = new ExportMenu(page);
  await explorer.open('/?types=leverage,rivalry');
  const svg = await menu.download('SVG');
  expect(svg.name).toBe('actor-graph-pjsel-2023-view.svg');
  const { centres } = readSvg(svg.text);
  for (const name of ['Pakistan', 'Afghan Taliban', 'China', 'United States', 'QUAD']) {
    expect(svg.text).toContain(`>${name}</tspan>`);
  }
  // The legend: the types shown, not the one filtered out, and the kinds.
  expect(svg.text).toContain('class="legend-relation rivalry"');
  expect(svg.text).toContain('class="legend-relation leverage"');
  expect(svg.text).not.toContain('class="legend-relation cooperation"');
  expect(svg.text).toContain('>leverage (A → B)</text>');
  expect(svg.text).toContain('>State</text>');
  // The caption: source, view, date.
  expect(svg.text).toContain('Pakistan Journal of Society, Education and Language');
  expect(svg.text).toContain('View: relation types: rivalry, leverage · ');
  expect(svg.text).toMatch(/Exported \d{4}-\d{2}-\d{2} from Actor Graph/);
  // Positions as drawn: the same offsets between actors as on the screen, in graph units.
  const pakistan = await explorer.modelPosition('pakistan');
  const china = await explorer.modelPosition('china');
  const [p, c] = [centres.get('pakistan')!, centres.get('china')!];
  expect(c.x - p.x).toBeCloseTo(china.x - pakistan.x, 1);
  expect(c.y - p.y).toBeCloseTo(china.y - pakistan.y, 1);
});

test('the PNG is the SVG drawn at the chosen scale, white or transparent, and not blank', async ({
  page,
}) => {
  const explorer = new Explorer(page);
  const menu = new ExportMenu(page);
  await explorer.open();
  const svg = readSvg((await menu.download('SVG')).text);

  await menu.scale(2);
  const png = await menu.download('PNG');
  expect(png.name).toBe('actor-graph-pjsel-2023.png');
  expect(pngSize(png.bytes)).toEqual({ width: 2 * svg.width, height: 2 * svg.height });
  const white = await decodePng(page, png.bytes);
  expect(white.colours).toBeGreaterThan(50);
  expect(white.corner).toEqual([255, 255, 255, 255]);

  await menu.scale(1);
  await menu.background('Transparent');
  const clear = await menu.download('PNG');
  expect(pngSize(clear.bytes)).toEqual({ width: svg.width, height: svg.height });
  expect((await decodePng(page, clear.bytes)).corner[3]).toBe(0);
});

test('images wait for the graph view; data exports work from the tables', async ({ page }) => {
  const menu = new ExportMenu(page);
  await page.goto('/?view=table');
  await menu.open();
  await expect(menu.formatButton('PNG')).toBeDisabled();
  await expect(menu.panel).toContainText('show the Graph view');
  const json = await menu.download('JSON');
  expect(json.name).toBe('actor-graph-pjsel-2023.json');
  expect((JSON.parse(json.text) as { actors: unknown[] }).actors).toHaveLength(25);
});
