// Opens a dataset a person brings: the project's YAML files with their source texts, a compiled
// graph JSON, or a CSV of relations with the source text its quotes come from. The same schema
// and quote anchoring as the command line check it; problems come back as located messages.
import { compileDataset, datasetFiles, formatDataError } from './dataset';
import { compileImportedRelations, importRelationsCsv } from './import/csv-relations';
import { completeLayout } from './layout-missing';
import { CompiledGraph } from './schema';

import { maxDatasetBytes } from './limits';

export interface BroughtFile {
  name: string;
  text: string;
}

export type LoadResult =
  { ok: true; graph: CompiledGraph; label: string } | { ok: false; errors: string[] };

const extension = (name: string) => /\.([^.]+)$/.exec(name.toLowerCase())?.[1] ?? '';

/** Checks a compiled graph from elsewhere: its shape, its references and every quote's offsets. */
export function checkCompiledGraph(name: string, text: string): LoadResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      errors: [`${name}: not valid JSON (${(error as Error).message}); export it again`],
    };
  }
  const parsed = CompiledGraph.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues
        .slice(0, 20)
        .map(
          (issue) =>
            `${name}: at ${issue.path.join('.') || 'the top'}: ${issue.message}; is it a compiled Actor Graph file?`,
        ),
    };
  }
  const graph = parsed.data;
  const errors: string[] = [];
  const actors = new Set(graph.actors.map((a) => a.id));
  const sources = new Map(graph.sources.map((s) => [s.id, s]));
  for (const relation of graph.relations) {
    for (const end of [relation.source, relation.target]) {
      if (!actors.has(end)) errors.push(`${name}: relation ${relation.id}: unknown actor "${end}"`);
    }
    relation.evidence.forEach((evidence, i) => {
      const source = sources.get(evidence.source);
      if (!source) {
        errors.push(
          `${name}: relation ${relation.id} evidence ${i + 1}: unknown source "${evidence.source}"`,
        );
      } else if (source.text.slice(evidence.start, evidence.end) !== evidence.exact) {
        errors.push(
          `${name}: relation ${relation.id} evidence ${i + 1}: the offsets ${evidence.start}-${evidence.end} do not hold the quote; compile the dataset again`,
        );
      }
    });
  }
  if (errors.length > 0) return { ok: false, errors };
  // Actors the file gives no position are placed here, in the checking worker.
  const layout = completeLayout(graph.actors, graph.relations, graph.layout);
  return { ok: true, graph: { ...graph, layout }, label: name };
}

export function loadDataset(files: readonly BroughtFile[]): LoadResult {
  if (files.length === 0)
    return { ok: false, errors: ['no file given: choose or drop the files of a dataset'] };
  const total = files.reduce((sum, file) => sum + file.text.length, 0);
  if (total > maxDatasetBytes) {
    return {
      ok: false,
      errors: [
        `the files hold ${total} characters, over the limit of ${maxDatasetBytes}; split the dataset`,
      ],
    };
  }
  const byKind = (...kinds: string[]) =>
    files.filter((file) => kinds.includes(extension(file.name)));
  const json = byKind('json');
  const yaml = byKind('yaml', 'yml');
  const csv = byKind('csv');
  const texts = byKind('txt', 'text', 'md');
  const others = files.filter(
    (file) => !['json', 'yaml', 'yml', 'csv', 'txt', 'text', 'md'].includes(extension(file.name)),
  );
  if (others.length > 0) {
    return {
      ok: false,
      errors: others.map(
        (file) =>
          `${file.name}: not a dataset file; bring .yaml and .txt files, a compiled .json, or a .csv with its .txt`,
      ),
    };
  }
  if (json.length === 1 && files.length === 1)
    return checkCompiledGraph(json[0]!.name, json[0]!.text);
  if (csv.length === 1 && texts.length === 1 && yaml.length === 0 && json.length === 0) {
    const [table, text] = [csv[0]!, texts[0]!];
    const sourceFile = `sources/${text.name}`;
    const imported = importRelationsCsv(table.text, {
      fileName: table.name,
      sourceId: 'source',
      sourceFile,
      sourceTitle: text.name.replace(/\.[^.]+$/, ''),
    });
    if (!imported.ok) return { ok: false, errors: imported.errors.map(formatDataError) };
    const result = compileImportedRelations(imported, text.text);
    return result.ok
      ? { ok: true, graph: result.graph, label: table.name }
      : { ok: false, errors: result.errors.map(formatDataError) };
  }
  if (yaml.length > 0 && json.length === 0 && csv.length === 0) {
    const map: Record<string, string> = {};
    for (const file of yaml) map[file.name.replace(/\.yml$/, '.yaml')] = file.text;
    for (const file of texts) map[`sources/${file.name}`] = file.text;
    const known = Object.values(datasetFiles) as string[];
    const unknown = yaml.filter((file) => !known.includes(file.name.replace(/\.yml$/, '.yaml')));
    if (unknown.length > 0) {
      return {
        ok: false,
        errors: unknown.map(
          (file) =>
            `${file.name}: a dataset's YAML files are ${known.join(', ')}; rename it or leave it out`,
        ),
      };
    }
    // Source records name their text as sources/<file>; a brought text keeps only its name.
    const result = compileDataset(map);
    return result.ok
      ? { ok: true, graph: result.graph, label: yaml.map((f) => f.name).join(', ') }
      : { ok: false, errors: result.errors.map(formatDataError) };
  }
  return {
    ok: false,
    errors: [
      `cannot tell what dataset these files make (${files.map((f) => f.name).join(', ')}); bring sources.yaml, actors.yaml, relations.yaml and the source texts, or one compiled .json, or one .csv with one .txt`,
    ],
  };
}
