// The export menu's panel and what its buttons do, loaded with the export code when the menu
// first opens (or the automation handle is first called), so the first page load carries
// neither.
import { html, nothing } from 'lit';
import {
  csvTables,
  exportFormatNames,
  exportFormats,
  fileName,
  imageCaption,
  imageFormats,
  subgraph,
  writeSvg,
  type CsvTable,
  type ExportFormatName,
  type ImageFormatName,
} from '../../model/export';
import type { AppState } from '../../state/app-state';
import type { DrawnGraph } from '../../state/drawn-graph';
import { base64, download, measureText, svgToPng } from './files';

/** What to export: a data format or an image, and its choices. */
export interface ExportChoice {
  /** Data: the whole graph or what the filters, year and focus leave. */
  scope: 'whole' | 'view';
  /** CSV: which table. */
  table: CsvTable;
  /** PNG: 1 to 4 pixels per pixel of the drawing. */
  scale: number;
  /** Images: white or transparent. */
  background: 'white' | 'transparent';
}

/** The menu's state, which the panel reads and changes. */
export interface ExportMenuHost {
  appState?: AppState;
  drawnGraph?: DrawnGraph;
  choice: ExportChoice;
  busy: boolean;
  status: string;
  problem: string;
  renderRoot: HTMLElement | DocumentFragment;
}

interface ExportFile {
  blob: Blob;
  name: string;
  /** Images: the picture's size in pixels. */
  width?: number;
  height?: number;
}

/** The file of one export of what the menu's host shows, named by fileName(). */
async function make(
  host: ExportMenuHost,
  format: ExportFormatName | ImageFormatName,
  choice: ExportChoice,
): Promise<ExportFile> {
  const state = host.appState;
  if (!state) throw new Error('the graph is not loaded yet');
  const { graph, visible } = state;
  const whole =
    visible.actors.size === graph.actors.length &&
    visible.relations.size === graph.relations.length;
  if (format === 'png' || format === 'svg') {
    const scene = await host.drawnGraph?.scene?.();
    if (!scene) throw new Error('images are drawn from the graph: show the Graph view first');
    if (scene.nodes.length === 0) {
      throw new Error('the view is empty: change the filters to draw something');
    }
    const image = writeSvg(scene, {
      caption: imageCaption(graph, state, new Date()),
      background: choice.background,
      measure: measureText,
      title: `Actor Graph: ${visible.actors.size} actors, ${visible.relations.size} relations`,
    });
    const scale = format === 'png' ? Math.min(4, Math.max(1, Math.round(choice.scale))) : 1;
    const blob =
      format === 'png'
        ? await svgToPng(image.svg, image.width, image.height, scale)
        : new Blob([image.svg], { type: imageFormats.svg.mediaType });
    const name = fileName(graph, format, whole ? {} : { view: 'view' });
    return { blob, name, width: image.width * scale, height: image.height * scale };
  }
  const view = choice.scope === 'view' && !whole;
  const data = view
    ? subgraph(graph, { actorIds: visible.actors, relationIds: visible.relations })
    : graph;
  const entry = exportFormats[format];
  return {
    blob: new Blob([entry.write(data, { table: choice.table })], { type: entry.mediaType }),
    name: fileName(graph, format, {
      ...(view ? { view: 'view' } : {}),
      ...(format === 'csv' ? { table: choice.table } : {}),
    }),
  };
}

/** For window.actorGraphExport: the file as base64, since page.evaluate returns strings. */
export async function automation(
  host: ExportMenuHost,
  format: ExportFormatName | ImageFormatName,
  choice: Partial<ExportChoice>,
) {
  const file = await make(host, format, { ...host.choice, ...choice });
  return {
    name: file.name,
    type: file.blob.type,
    base64: await base64(file.blob),
    width: file.width,
    height: file.height,
  };
}

async function save(host: ExportMenuHost, format: ExportFormatName | ImageFormatName) {
  host.busy = true;
  host.problem = '';
  host.status = `Preparing ${format.toUpperCase()}…`;
  try {
    const { blob, name } = await make(host, format, host.choice);
    download(blob, name, host.renderRoot);
    host.status = `Saved ${name} (${Math.max(1, Math.round(blob.size / 1024))} kB)`;
  } catch (error) {
    host.status = '';
    host.problem = `Nothing exported: ${(error as Error).message}.`;
  } finally {
    host.busy = false;
  }
}

function radio<K extends 'scope' | 'background'>(
  host: ExportMenuHost,
  key: K,
  value: ExportChoice[K],
  text: string,
) {
  return html`<label
    ><input
      type="radio"
      name=${key}
      .checked=${host.choice[key] === value}
      @change=${() => (host.choice = { ...host.choice, [key]: value })}
    />${text}</label
  >`;
}

/** The panel's content: data formats with scope and CSV table, images with scale and background. */
export function renderPanel(host: ExportMenuHost) {
  const state = host.appState;
  if (!state) return nothing;
  const { graph, visible, main } = state;
  const choose = (change: Partial<ExportChoice>) => (host.choice = { ...host.choice, ...change });
  const value = (event: Event) => (event.target as HTMLSelectElement).value;
  return html`
    <fieldset>
      <legend>Data</legend>
      ${radio(host, 'scope', 'view', `Current view (${visible.actors.size} actors, ${visible.relations.size} relations)`)}
      ${radio(host, 'scope', 'whole', `Whole graph (${graph.actors.length} actors, ${graph.relations.length} relations)`)}
      <div class="formats">
        ${exportFormatNames.map(
          (format) =>
            html`<button
              type="button"
              title=${exportFormats[format].description}
              ?disabled=${host.busy}
              @click=${() => save(host, format)}
            >
              ${exportFormats[format].label}
            </button>`,
        )}
      </div>
      <label
        >CSV table
        <select @change=${(event: Event) => choose({ table: value(event) as CsvTable })}>
          ${csvTables.map((table) => html`<option ?selected=${host.choice.table === table}>${table}</option>`)}
        </select>
      </label>
    </fieldset>
    <fieldset>
      <legend>Image of the graph as drawn</legend>
      <label
        >PNG scale
        <select @change=${(event: Event) => choose({ scale: Number(value(event)) })}>
          ${[1, 2, 3, 4].map((scale) => html`<option value=${scale} ?selected=${host.choice.scale === scale}>${scale}×</option>`)}
        </select>
      </label>
      ${radio(host, 'background', 'white', 'White')}
      ${radio(host, 'background', 'transparent', 'Transparent')}
      <div class="formats">
        ${(['png', 'svg'] as const).map(
          (format) =>
            html`<button
              type="button"
              title=${imageFormats[format].description}
              ?disabled=${host.busy || main !== 'graph'}
              @click=${() => save(host, format)}
            >
              ${imageFormats[format].label}
            </button>`,
        )}
      </div>
      ${main === 'graph' ? nothing : html`<p>Images are drawn from the graph: show the Graph view.</p>`}
    </fieldset>
  `;
}
