// The graph's Cytoscape stylesheets: the whole look (small graphs, and the top layer of a large
// one) and the lean look of a large graph's network, which styles each element with as few
// properties as its overview needs and gives the rest only to what is in view in detail.
import type { Css, StylesheetJson } from 'cytoscape';
import { kindShapes, relationStyles } from '../theme';
import { emphasisBands, raiseReasons } from './top-layer';

/** Labels drawn smaller than this on screen (in px) are left out: level of detail. */
const minLabelPx = 6;

const shapeRules = (): StylesheetJson =>
  Object.entries(kindShapes).map(([kind, shape]) => ({
    selector: `node[kind = "${kind}"]`,
    style: { shape: shape as Css.NodeShape },
  }));

/** An actor's shape and fill, without its name. */
const actorBody = {
  'background-color': '#dfe6f0',
  'border-color': '#3a4a63',
  'border-width': 1.5,
  width: 30,
  height: 30,
} as const;

/** An actor's name under it. */
const actorName = {
  label: 'data(label)',
  'font-size': 14,
  // Level of detail: a label too small to read at this zoom is not drawn at all.
  'min-zoomed-font-size': minLabelPx,
  'font-family': 'system-ui, sans-serif',
  color: '#1d2533',
  'text-valign': 'bottom',
  'text-margin-y': 4,
  'text-background-color': '#ffffff',
  'text-background-opacity': 0.85,
  'text-background-padding': '2px',
  'text-max-width': '120px',
  'text-wrap': 'wrap',
} as const;

/** A bundle's "×n" count on its line. */
const bundleCount = {
  label: 'data(label)',
  'font-size': 12,
  'min-zoomed-font-size': minLabelPx,
  'font-weight': 'bold',
  'text-background-color': '#ffffff',
  'text-background-opacity': 0.9,
  'text-background-padding': '2px',
  'text-border-width': 1,
  'text-border-opacity': 1,
  'text-border-color': '#9aa7bb',
} as const;

/** Blocs differ by border style as well as fill, so they do not rest on colour alone. */
const blocRules: StylesheetJson = [
  {
    selector: 'node.bloc-0',
    style: {
      'background-color': '#cfe0f5',
      'border-color': '#1f4e8c',
      'border-style': 'solid',
      'border-width': 3,
    },
  },
  {
    selector: 'node.bloc-1',
    style: {
      'background-color': '#f8dcc0',
      'border-color': '#9a4d0f',
      'border-style': 'double',
      'border-width': 6,
    },
  },
];

/** Every element in full: the small graph, and what the top layer of a large one draws. */
export function fullStylesheet(): StylesheetJson {
  return [
    { selector: 'node', style: { ...actorBody, ...actorName } },
    ...shapeRules(),
    {
      selector: 'edge',
      style: {
        'curve-style': 'bezier',
        'control-point-step-size': 28,
        'arrow-scale': 1.2,
        opacity: 0.85,
      },
    },
    // Alone on its pair of actors: drawn straight, as a bezier would be, without the search for
    // parallel edges that each bezier costs.
    { selector: 'edge.alone', style: { 'curve-style': 'straight' } },
    ...Object.entries(relationStyles).map(([type, style]) => ({
      selector: `edge.${type}`,
      style: {
        'line-color': style.color,
        'line-style': style.line,
        width: style.width,
        'target-arrow-color': style.color,
        'target-arrow-shape': style.arrow as Css.ArrowShape,
      },
    })),
    { selector: 'edge.mutual', style: { 'target-arrow-shape': 'none' } },
    {
      selector: 'edge.bundle',
      style: { width: 'mapData(count, 2, 20, 4, 10)', ...bundleCount },
    },
    {
      selector: 'edge:selected',
      style: {
        width: 6,
        opacity: 1,
        label: 'data(label)',
        'font-size': 12,
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': '2px',
        'z-index': 10,
      },
    },
    {
      selector: 'node:selected',
      style: { 'border-width': 4, 'border-color': '#f0a500', 'background-color': '#fff3cf' },
    },
    ...blocRules,
    { selector: 'node.lit', style: { 'border-width': 4, 'border-color': '#1d2533' } },
    { selector: 'edge.lit', style: { width: 6, opacity: 1, 'z-index': 9 } },
    { selector: '.faded', style: { opacity: 0.15 } },
    // The keyboard focus: a thick dark ring, unlike the amber of the selection, over any fading.
    {
      selector: 'node.kb-focus',
      style: {
        'outline-width': 4,
        'outline-color': '#1d2533',
        'outline-offset': 4,
        'outline-opacity': 1,
        opacity: 1,
        'z-index': 12,
      },
    },
    {
      selector: 'edge.kb-focus',
      style: {
        'underlay-color': '#1d2533',
        'underlay-opacity': 0.35,
        'underlay-padding': 7,
        opacity: 1,
        'z-index': 12,
      } as Css.Edge,
    },
    { selector: '.hidden', style: { display: 'none' } },
  ];
}

/**
 * The network of a large graph. Its overview is plain: unnamed actors, and the line layer's
 * straight lines (see line-layer.ts). What is in view once zoomed in (class 'detail') gets names,
 * and its edges join the network in full: curves, dashes, arrows and bundle counts. Each property
 * costs its application to every actor it matches, so the overview has few.
 */
export function networkStylesheet(): StylesheetJson {
  return [
    { selector: 'node', style: actorBody },
    ...shapeRules(),
    { selector: 'node.detail', style: actorName },
    {
      selector: 'edge',
      style: {
        'curve-style': 'bezier',
        'control-point-step-size': 28,
        'arrow-scale': 1.2,
        opacity: 0.85,
      },
    },
    ...Object.entries(relationStyles).map(([type, style]) => ({
      selector: `edge.${type}`,
      style: {
        'line-color': style.color,
        width: style.width,
        'line-style': style.line,
        'target-arrow-color': style.color,
        'target-arrow-shape': style.arrow as Css.ArrowShape,
      },
    })),
    { selector: 'edge.mutual', style: { 'target-arrow-shape': 'none' } },
    {
      selector: 'edge.bundle',
      style: { width: 'mapData(count, 2, 20, 4, 10)', ...bundleCount },
    },
    ...blocRules,
    // An actor being dragged is drawn on the top layer meanwhile.
    { selector: 'node.lifted', style: { display: 'none' } as Css.Node },
    { selector: '.hidden', style: { display: 'none' } },
  ];
}

/**
 * The top layer of a large graph: every actor transparent, hit-tested, hovered and dragged but
 * not drawn, and what is raised (see top-layer.ts) drawn in full. The full look's rule for every
 * actor is narrowed to the raised ones, so that thousands of transparent actors are styled with
 * a handful of properties.
 */
export function topStylesheet(): StylesheetJson {
  const raised = [...raiseReasons.map((reason) => `node.${reason}`), 'node:selected'].join(', ');
  const full = fullStylesheet().map((rule) =>
    'selector' in rule && rule.selector === 'node' ? { ...rule, selector: raised } : rule,
  );
  return [
    // Transparent actors, the size of those drawn below.
    { selector: 'node', style: { opacity: 0, width: actorBody.width, height: actorBody.height } },
    ...full,
    { selector: raised, style: { opacity: 1 } },
    // Copies follow the network's lines: straight in the overview, curved when in detail.
    { selector: 'edge', style: { 'curve-style': 'straight' } },
    { selector: 'edge.detail', style: { 'curve-style': 'bezier' } },
    // The other lines of a pair, there only so that the raised ones curve as they do below.
    { selector: 'edge.ghost', style: { opacity: 0, events: 'no', label: '' } as Css.Edge },
    { selector: 'node.near', style: { 'border-width': 4, 'border-color': '#1d2533' } },
    { selector: 'edge.near', style: { width: 4, opacity: 1, 'z-index': 9 } },
    // Zoomed out, what is raised is drawn larger, so that it stays readable on screen.
    ...emphasisBands.flatMap((k) => [
      {
        selector: `node.k${k}`,
        style: {
          width: 15 * k,
          height: 15 * k,
          'border-width': 2 * k,
          'font-size': 7 * k,
          'text-max-width': `${60 * k}px`,
          'text-margin-y': 2 * k,
          'text-background-padding': `${k}px`,
        },
      },
      {
        selector: `edge.k${k}`,
        style: { width: 3 * k, 'font-size': 6 * k, 'text-background-padding': `${k}px` },
      },
    ]),
  ];
}
