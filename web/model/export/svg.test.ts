import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { kindShapes, relationStyles } from '../../theme';
import { citation } from '../queries';
import type { CompiledGraph } from '../schema';
import { defaultFilters, visibleGraph } from '../view';
import { imageCaption } from './caption';
import type { ImageScene, NodeShape, SceneLabel } from './scene';
import { writeSvg } from './svg';
import { trickyGraph, tricky, withoutControls } from './test-graphs';

/** A label as the adapter gives it: lines that keep their line breaks, joined the label. */
function label(text: string, cx: number, cy: number): SceneLabel {
  const lines = text.split(/(?<=\n)/);
  return {
    lines,
    cx,
    cy,
    width: 120,
    height: 14 * lines.length,
    lineHeight: 14,
    fontSize: 14,
    fontWeight: 'normal',
    fontFamily: 'system-ui, sans-serif',
    color: '#1d2533',
    angle: 0,
    opacity: 1,
    background: { color: '#ffffff', opacity: 0.85, padding: 2 },
  };
}

/** A scene drawn by hand: the relations asked for (all by default) and their ends, in a row. */
function sceneOf(
  graph: CompiledGraph,
  { relationIds, selected }: { relationIds?: string[]; selected?: string } = {},
): ImageScene {
  const relations = graph.relations.filter((r) => !relationIds || relationIds.includes(r.id));
  const ends = new Set(relations.flatMap((r) => [r.source, r.target]));
  const actors = graph.actors.filter((actor) => ends.has(actor.id));
  const at = (id: string) => ({ x: actors.findIndex((a) => a.id === id) * 200, y: 0 });
  return {
    bounds: { x1: -80, y1: -40, x2: actors.length * 200, y2: 80 },
    lineDashes: { solid: [], dashed: [6, 3], dotted: [1, 1] },
    nodes: actors.map((actor) => ({
      id: actor.id,
      kind: actor.kind,
      shape: kindShapes[actor.kind] as NodeShape,
      ...at(actor.id),
      width: 30,
      height: 30,
      fill: '#dfe6f0',
      stroke: '#3a4a63',
      strokeWidth: 1.5,
      opacity: 1,
      selected: false,
      label: label(actor.name, at(actor.id).x, 34),
    })),
    edges: relations.map((relation, i) => {
      const style = relationStyles[relation.type];
      const [from, to] = [at(relation.source), at(relation.target)];
      return {
        id: relation.id,
        relations: [relation.id],
        type: relation.type,
        directed: relation.directed,
        source: relation.source,
        target: relation.target,
        start: from,
        segments: [{ control: { x: (from.x + to.x) / 2, y: i * 20 }, end: to }],
        color: style.color,
        width: style.width,
        line: style.line,
        dash: { solid: [], dashed: [6, 3], dotted: [1, 1] }[style.line],
        opacity: 0.85,
        selected: relation.id === selected,
        ...(relation.directed
          ? {
              arrow: {
                shape: style.arrow === 'tee' ? ('tee' as const) : ('triangle' as const),
                tip: to,
                angle: -Math.PI / 2,
                size: 34.8,
                color: style.color,
              },
            }
          : {}),
        ...(relation.id === selected ? { label: label(relation.label, 100, i * 10) } : {}),
      };
    }),
  };
}

type XmlNode = { [name: string]: XmlNode[] | string | Record<string, string> | undefined } & {
  ':@'?: Record<string, string>;
};

/** Every element of the document, depth first, with its name, attributes and text content. */
function elements(svg: string): { name: string; attrs: Record<string, string>; text: string }[] {
  const parsed = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    trimValues: false,
    processEntities: true,
    htmlEntities: true,
    parseTagValue: false,
    parseAttributeValue: false,
  }).parse(svg) as XmlNode[];
  const out: { name: string; attrs: Record<string, string>; text: string }[] = [];
  const textOf = (nodes: XmlNode[]): string =>
    nodes
      .map((node) => {
        if (typeof node['#text'] === 'string') return node['#text'];
        const name = Object.keys(node).find((key) => key !== ':@')!;
        return Array.isArray(node[name]) ? textOf(node[name]) : '';
      })
      .join('');
  const walk = (nodes: XmlNode[]) => {
    for (const node of nodes) {
      const name = Object.keys(node).find((key) => key !== ':@' && key !== '#text');
      if (!name) continue;
      const children = node[name];
      if (!Array.isArray(children)) continue;
      out.push({ name, attrs: node[':@'] ?? {}, text: textOf(children) });
      walk(children);
    }
  };
  walk(parsed);
  return out;
}

const classed = (svg: string, className: string) =>
  elements(svg).filter((e) => e.attrs.class?.split(' ').includes(className));

describe('svg image', () => {
  const graph = trickyGraph();
  const visible = visibleGraph(graph, defaultFilters(graph));
  const caption = imageCaption(
    graph,
    { filters: defaultFilters(graph), visible },
    new Date(2024, 2, 5),
  );
  const scene = sceneOf(graph, { selected: 'alpha-beta-1' });
  const image = writeSvg(scene, { caption });

  it('is well-formed XML with its size on the root', () => {
    expect(XMLValidator.validate(image.svg)).toBe(true);
    const [root] = elements(image.svg).filter((e) => e.name === 'svg');
    expect(root!.attrs.width).toBe(String(image.width));
    expect(root!.attrs.height).toBe(String(image.height));
    expect(root!.attrs.viewBox).toBe(`0 0 ${image.width} ${image.height}`);
    expect(Number.isInteger(image.width) && Number.isInteger(image.height)).toBe(true);
  });

  it("has a <text> for every label, holding it exactly but XML's forbidden controls", () => {
    const texts = elements(image.svg)
      .filter((e) => e.name === 'text')
      .map((e) => e.text);
    for (const actor of graph.actors) expect(texts).toContain(withoutControls(actor.name));
    // The selected relation's label, on its line.
    expect(texts).toContain(withoutControls(tricky));
    expect(classed(image.svg, 'relation-label')).toHaveLength(1);
    expect(classed(image.svg, 'actor-label')).toHaveLength(graph.actors.length);
  });

  it('escapes markup, quotes, ampersands and keeps emoji and right-to-left script', () => {
    expect(image.svg).not.toMatch(/<script|<b>|]]>/);
    expect(image.svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(image.svg).toContain('😀🇵🇰 مرحبا بالعالم שלום עולם');
    for (const control of ['\u0000', '\u0007', '\u001F']) expect(image.svg).not.toContain(control);
    const beta = classed(image.svg, 'actor').find((e) => e.attrs['data-actor'] === 'beta');
    expect(beta).toBeDefined();
  });

  it("draws each relation with its type's dashes, and arrowheads only on directed ones", () => {
    const groups = classed(image.svg, 'relation');
    expect(groups.map((g) => g.attrs['data-relations'])).toEqual(graph.relations.map((r) => r.id));
    const paths = (svg: string, relation: string) => {
      const all = elements(svg);
      const start = all.findIndex(
        (e) => e.attrs.class?.startsWith('relation ') && e.attrs['data-relations'] === relation,
      );
      return all
        .slice(start + 1)
        .filter((e, i, rest) => e.name === 'path' && !rest.slice(0, i).some((x) => x.name === 'g'));
    };
    for (const relation of graph.relations) {
      const [line, arrow, ...rest] = paths(image.svg, relation.id);
      expect(rest).toEqual([]);
      expect(line!.attrs['stroke-dasharray']).toBe(
        { cooperation: undefined, rivalry: '6 3', leverage: '1 1' }[relation.type],
      );
      expect(line!.attrs.stroke).toBe(relationStyles[relation.type].color);
      if (!relation.directed) {
        expect(arrow).toBeUndefined();
        continue;
      }
      // A triangle has three corners, a tee four.
      const corners = arrow!.attrs
        .d!.split(/[ML]/)
        .filter((part) => part.trim() && part.trim() !== 'Z');
      expect(corners).toHaveLength(relationStyles[relation.type].arrow === 'tee' ? 4 : 3);
    }
    const mutual = graph.relations.find((r) => !r.directed)!;
    expect(paths(image.svg, mutual.id)).toHaveLength(1);
  });

  it('lists in the legend exactly the relation types and actor kinds shown', () => {
    const part = writeSvg(sceneOf(graph, { relationIds: ['alpha-beta-1', 'beta-alpha-1'] }), {
      caption,
    });
    const types = classed(part.svg, 'legend-relation').map((e) => e.attrs.class);
    expect(types).toEqual(['legend-relation cooperation', 'legend-relation leverage']);
    const kinds = classed(part.svg, 'legend-actor').map((e) => e.attrs.class);
    expect(kinds).toEqual(['legend-actor state', 'legend-actor armed-group']);
    const legend = classed(part.svg, 'legend')[0]!.text;
    expect(legend).toContain('cooperation');
    expect(legend).toContain('leverage (A → B)');
    expect(legend).toContain('State');
    expect(legend).toContain('Armed group');
    expect(legend).not.toContain('rivalry');
    expect(legend).not.toContain('Alliance');
    // Dashes in the legend as on the lines.
    const swatch = elements(part.svg).filter(
      (e, i, all) => e.name === 'path' && all[i - 1]?.attrs.class === 'legend-relation leverage',
    );
    expect(swatch[0]!.attrs['stroke-dasharray']).toBe('1 1');
  });

  it('keys the blocs an analysis colours, and keeps kinds in their own colours', () => {
    const coloured = {
      ...scene,
      nodes: scene.nodes.map((node, i) =>
        i < 2 ? { ...node, bloc: i, fill: ['#cfe0f5', '#f8dcc0'][i]! } : node,
      ),
    };
    const svg = writeSvg(coloured).svg;
    const legend = classed(svg, 'legend')[0]!.text;
    expect(legend).toContain('Bloc 1 (structural balance)');
    expect(legend).toContain('Bloc 2 (structural balance)');
    expect(svg).toMatch(/class="legend-bloc"><ellipse [^>]*fill="#cfe0f5"/);
    expect(svg).not.toMatch(/class="legend-actor state"><ellipse [^>]*fill="#cfe0f5"/);
    expect(classed(image.svg, 'legend-bloc')).toHaveLength(0);
  });

  it('captions the image with the source, the view and the export date', () => {
    const text = classed(image.svg, 'caption')[0]!.text;
    expect(text).toContain(`Source: ${citation(graph.sources[0]!)}`);
    expect(text).toContain('A "tricky" source <test> & more');
    expect(text).toContain('Whole graph: 3 actors, 4 relations');
    expect(text).toContain('Exported 2024-03-05 from Actor Graph');
    expect(image.svg).toContain('A &quot;tricky&quot; source &lt;test&gt; &amp; more');
  });

  it('wraps a long caption to the width of the drawing', () => {
    const long = 'word '.repeat(400).trim();
    const wrapped = writeSvg(scene, { caption: [long] });
    const spans = elements(wrapped.svg).filter(
      (e, i, all) => e.name === 'tspan' && all.slice(0, i).some((x) => x.attrs.class === 'caption'),
    );
    expect(spans.length).toBeGreaterThan(3);
    expect(spans.map((s) => s.text).join('')).toBe(long);
  });

  it('puts each actor where the scene has it, shifted into the margin', () => {
    const network = elements(image.svg).find((e) => e.attrs.class === 'network')!;
    const [dx, dy] = /translate\(([-\d.]+) ([-\d.]+)\)/
      .exec(network.attrs.transform!)!
      .slice(1)
      .map(Number);
    expect(dy).toBe(24 + 40);
    const ellipse = elements(image.svg).find((e) => e.name === 'ellipse')!;
    expect(Number(ellipse.attrs.cx)).toBe(scene.nodes.find((n) => n.shape === 'ellipse')!.x);
    expect(dx! + -80).toBeGreaterThanOrEqual(24);
  });

  it('leaves the background out when asked for transparency', () => {
    expect(classed(image.svg, 'background')).toHaveLength(1);
    expect(classed(writeSvg(scene, { background: 'transparent' }).svg, 'background')).toHaveLength(
      0,
    );
  });
});
