// npx tsx scripts/export.ts --format FORMAT [options]: compiles the dataset and writes one export
// of it (or of a view of it) to standard output or to --out. Run with --help for the options.
//
// CSV has three tables. With --table, one of them. Without it: to standard output the relations
// table (the edge list); with --out DIR (an existing folder, or a path ending in "/") all three,
// named after their content; with --out FILE.csv all three, as FILE-actors.csv,
// FILE-relations.csv and FILE-evidence.csv.
//
// PNG and SVG images are drawn by the real app in headless Chromium (scripts/draw-image.ts), so
// they look like the screen; --view gives the view as the app's address does ("types=leverage&
// year=2021"), for data formats too. A PNG is binary: it needs --out.
//
// Exit status: 0 written; 1 the data does not compile, the view is empty, the image cannot be
// drawn or the file cannot be written; 2 the command line is wrong (unknown format, option,
// table or view, or a PNG without --out).
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { compileDataset, formatDataError } from '../web/model/dataset';
import {
  csvTables,
  ExportError,
  exportFormats,
  fileName,
  subgraph,
  type CsvTable,
  type ExportOptions,
} from '../web/model/export';
import type { CompiledGraph } from '../web/model/schema';
import { visibleGraph } from '../web/model/view';
import { readAddress } from '../web/state/address';
import { drawImage } from './draw-image';
import { defaultDataDir, readDataset } from './read-dataset';

const usage = `usage: npx tsx scripts/export.ts --format FORMAT [options]
  --format FORMAT     FORMATS
  --table TABLE       csv only: ${csvTables.join('|')} (default: all three with --out, relations to standard output)
  --out PATH          a file, or a folder (existing, or ending in /) to get a file named after its content;
                      standard output when absent
  --data DIR          the dataset folder (default ${defaultDataDir})
  --actors ID,ID      export the view of these actors and the relations between them
  --relations ID,ID   export the view of these relations (and their ends, unless --actors)
  --view QUERY        export the view an address of the app gives, e.g. "types=leverage&year=2021"
                      or "focus=pakistan&steps=2" (what follows "?" in a link the app shares)
  --scale N           png only: 1 to 4 pixels per pixel of the drawing (default 2)
  --background BG     png, svg: white (default) or transparent
  --no-build          png, svg: draw with the app in dist/ as it is, instead of building it afresh
  --compact           one line instead of indented JSON or XML
  --no-mixed          graphml, gexf: one edge direction for the whole graph, for readers that refuse
                      mixed graphs (networkx); the "directed" attribute still says which are mutual`;

/** One file to write: its default name (when --out is a folder) and its content. */
interface Output {
  name: string;
  content: string | Uint8Array;
  /** The CSV table it holds, to tell files apart when --out names one file. */
  table?: CsvTable;
}

interface Settings {
  options: ExportOptions;
  /** Images: the view's address, the PNG scale, the background, whether to build the app. */
  image: { address: string; scale: number; background: 'white' | 'transparent'; build: boolean };
  /** The CSV tables asked for. */
  tables: CsvTable[];
  /** The whole graph (a view is named after it) and the view's name, if any. */
  whole: CompiledGraph;
  view?: string;
}

type Exporter = (graph: CompiledGraph, settings: Settings) => Output[] | Promise<Output[]>;

const dataExport =
  (format: Exclude<keyof typeof exportFormats, 'csv'>): Exporter =>
  (graph, { options, whole, view }) => [
    {
      name: fileName(whole, format, { view }),
      content: exportFormats[format].write(graph, options),
    },
  ];

/** Draws the image in the app, on the whole graph (the app applies the view itself). */
const imageExport =
  (format: 'png' | 'svg'): Exporter =>
  async (_graph, { whole, image }) => {
    try {
      // Drawn on the graph, even when the address opens the tables.
      const address = new URLSearchParams(image.address);
      address.delete('view');
      const view = address.size > 0 ? `?${address}` : '';
      const drawn = await drawImage({ format, graph: whole, ...image, view });
      return [{ name: drawn.name, content: drawn.bytes }];
    } catch (error) {
      throw new CommandError(`${format}: ${(error as Error).message}`, 1);
    }
  };

/** The formats this command writes. */
const exporters: Record<string, Exporter> = {
  json: dataExport('json'),
  cyjs: dataExport('cyjs'),
  graphml: dataExport('graphml'),
  gexf: dataExport('gexf'),
  csv: (graph, { options, tables, whole, view }) =>
    tables.map((table) => ({
      name: fileName(whole, 'csv', { view, table }),
      content: exportFormats.csv.write(graph, { ...options, table }),
      table,
    })),
  annotations: dataExport('annotations'),
  png: imageExport('png'),
  svg: imageExport('svg'),
};

class CommandError extends Error {
  constructor(
    message: string,
    readonly status: 1 | 2,
  ) {
    super(message);
  }
}

const idList = (text: string | undefined) =>
  text === undefined
    ? undefined
    : text
        .split(',')
        .map((id) => id.trim())
        .filter((id) => id.length > 0);

function isFolder(path: string): boolean {
  if (path.endsWith('/')) return true;
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Where each output goes when --out is given. */
function destinations(out: string, outputs: Output[]): string[] {
  if (isFolder(out)) return outputs.map((output) => join(out, output.name));
  if (outputs.length === 1) return [out];
  const stem = out.replace(/\.csv$/i, '');
  return outputs.map((output) => `${stem}-${output.table ?? outputs.indexOf(output)}.csv`);
}

/** The view a query string gives (as the app reads its address); exit 2 when it does not fit. */
function addressedView(graph: CompiledGraph, query: string) {
  const address = query === '' || query.startsWith('?') ? query : `?${query}`;
  const { view, notice } = readAddress(graph, address);
  if (notice)
    throw new CommandError(`--view: ${notice.replace(/, so the default view is shown\.$/, '')}`, 2);
  return { address, visible: visibleGraph(graph, view.filters) };
}

async function run(args: string[]): Promise<void> {
  const formats = Object.keys(exporters).join(', ');
  let values;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        format: { type: 'string' },
        table: { type: 'string' },
        out: { type: 'string' },
        data: { type: 'string' },
        actors: { type: 'string' },
        relations: { type: 'string' },
        view: { type: 'string' },
        scale: { type: 'string' },
        background: { type: 'string' },
        'no-build': { type: 'boolean' },
        compact: { type: 'boolean' },
        'no-mixed': { type: 'boolean' },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    throw new CommandError(`${(error as Error).message}\n${usage.replace('FORMATS', formats)}`, 2);
  }
  if (values.help) {
    console.log(usage.replace('FORMATS', formats));
    return;
  }
  const format = values.format;
  if (format === undefined) {
    throw new CommandError(
      `missing --format; formats: ${formats}\n${usage.replace('FORMATS', formats)}`,
      2,
    );
  }
  const exporter = Object.hasOwn(exporters, format) ? exporters[format] : undefined;
  if (!exporter) throw new CommandError(`unknown format "${format}"; formats: ${formats}`, 2);
  const table = values.table;
  if (table !== undefined) {
    if (format !== 'csv') throw new CommandError(`--table is for --format csv, not ${format}`, 2);
    if (!(csvTables as readonly string[]).includes(table)) {
      throw new CommandError(`unknown table "${table}"; tables: ${csvTables.join(', ')}`, 2);
    }
  }
  const isImage = format === 'png' || format === 'svg';
  if (format === 'png' && values.out === undefined) {
    throw new CommandError(
      'png: a PNG is binary and is not written to standard output; give --out FILE.png or --out FOLDER/',
      2,
    );
  }
  if (isImage && (values.actors !== undefined || values.relations !== undefined)) {
    throw new CommandError(
      `--actors and --relations choose data; an image draws a view of the app: use --view`,
      2,
    );
  }
  if (
    values.view !== undefined &&
    (values.actors !== undefined || values.relations !== undefined)
  ) {
    throw new CommandError('--view goes without --actors and --relations', 2);
  }
  const scale = Number(values.scale ?? '2');
  if (values.scale !== undefined && format !== 'png') {
    throw new CommandError(`--scale is for --format png, not ${format}`, 2);
  }
  if (!Number.isInteger(scale) || scale < 1 || scale > 4) {
    throw new CommandError(`--scale must be 1, 2, 3 or 4, not "${values.scale}"`, 2);
  }
  const background = values.background ?? 'white';
  if (values.background !== undefined && !isImage) {
    throw new CommandError(`--background is for --format png or svg, not ${format}`, 2);
  }
  if (background !== 'white' && background !== 'transparent') {
    throw new CommandError(`--background must be white or transparent, not "${background}"`, 2);
  }
  if (values['no-build'] && !isImage) {
    throw new CommandError(`--no-build is for --format png or svg, not ${format}`, 2);
  }

  const dir = values.data ?? defaultDataDir;
  const result = compileDataset(readDataset(dir));
  if (!result.ok) {
    const errors = result.errors.map((error) => `${dir}/${formatDataError(error)}`);
    throw new CommandError(
      `${errors.join('\n')}\n${result.errors.length} error(s) in ${dir}: nothing exported`,
      1,
    );
  }
  const whole = result.graph;

  let actorIds = idList(values.actors);
  let relationIds = idList(values.relations);
  const addressed = addressedView(whole, values.view ?? '');
  if (values.view !== undefined) {
    if (addressed.visible.actors.size === 0) {
      throw new CommandError(
        `view: the view is empty: no actor passes --view "${values.view}"; loosen it`,
        1,
      );
    }
    const all =
      addressed.visible.actors.size === whole.actors.length &&
      addressed.visible.relations.size === whole.relations.length;
    if (!all && !isImage) {
      actorIds = [...addressed.visible.actors];
      relationIds = [...addressed.visible.relations];
    }
  }
  let graph = whole;
  if (actorIds || relationIds) {
    const known = new Set([...whole.actors, ...whole.relations].map((item) => item.id));
    const unknown = [...(actorIds ?? []), ...(relationIds ?? [])].filter((id) => !known.has(id));
    if (unknown.length > 0)
      console.error(`warning: not in the graph, left out: ${unknown.join(', ')}`);
    try {
      graph = subgraph(whole, { actorIds, relationIds });
    } catch (error) {
      if (error instanceof ExportError) throw new CommandError(error.message, 1);
      throw error;
    }
  }

  const out = values.out;
  const settings: Settings = {
    options: { pretty: !values.compact, mixed: !values['no-mixed'] },
    image: { address: addressed.address, scale, background, build: !values['no-build'] },
    tables: table ? [table as CsvTable] : out === undefined ? ['relations'] : [...csvTables],
    whole,
    view: graph === whole ? undefined : 'view',
  };
  let outputs: Output[];
  try {
    outputs = await exporter(graph, settings);
  } catch (error) {
    if (error instanceof ExportError) throw new CommandError(error.message, 1);
    throw error;
  }

  if (out === undefined) {
    for (const output of outputs) process.stdout.write(output.content);
    if (format === 'csv' && !table) {
      console.error(
        'csv: wrote the relations table; --table actors|evidence for the others, --out DIR for all three',
      );
    }
    return;
  }
  const paths = destinations(out, outputs);
  outputs.forEach((output, i) => {
    const path = paths[i] ?? out;
    try {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, output.content);
    } catch (error) {
      throw new CommandError(
        `cannot write ${path}: ${(error as Error).message}; choose a writable path`,
        1,
      );
    }
    const bytes =
      typeof output.content === 'string'
        ? Buffer.byteLength(output.content)
        : output.content.length;
    const [actors, relations] = isImage
      ? [addressed.visible.actors.size, addressed.visible.relations.size]
      : [graph.actors.length, graph.relations.length];
    console.error(`wrote ${path} (${bytes} bytes): ${actors} actors, ${relations} relations`);
  });
}

run(process.argv.slice(2)).catch((error: unknown) => {
  if (!(error instanceof CommandError)) throw error;
  console.error(error.message);
  // exitCode, not exit(): standard output may still be draining into a pipe.
  process.exitCode = error.status;
});
