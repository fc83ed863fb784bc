import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset, type LoadResult } from './load';

const fixture = (name: string) => ({ name, text: readFileSync(`e2e/fixtures/${name}`, 'utf8') });
const errors = (result: LoadResult) => (result.ok ? [] : result.errors);

describe('loadDataset', () => {
  it('opens a CSV of relations with the text its quotes come from', () => {
    const result = loadDataset([fixture('alliances.csv'), fixture('alliances.txt')]);
    expect(errors(result)).toEqual([]);
    if (!result.ok) return;
    expect(result.label).toBe('alliances.csv');
    expect(result.graph.actors.map((a) => a.name).sort()).toEqual([
      'Eastland',
      'Northland',
      'Southland',
      'Westland',
    ]);
    for (const relation of result.graph.relations) {
      const evidence = relation.evidence[0]!;
      expect(result.graph.sources[0]!.text.slice(evidence.start, evidence.end)).toBe(
        evidence.exact,
      );
    }
  });

  it('opens a compiled graph it exported, and refuses one whose offsets were tampered with', () => {
    const opened = loadDataset([fixture('alliances.csv'), fixture('alliances.txt')]);
    if (!opened.ok) throw new Error('fixture does not open');
    const json = JSON.stringify(opened.graph);
    expect(loadDataset([{ name: 'graph.json', text: json }]).ok).toBe(true);
    const tampered = JSON.parse(json) as typeof opened.graph;
    tampered.relations[0]!.evidence[0]!.start += 1;
    expect(errors(loadDataset([{ name: 'graph.json', text: JSON.stringify(tampered) }]))).toEqual([
      `graph.json: relation ${tampered.relations[0]!.id} evidence 1: the offsets ${tampered.relations[0]!.evidence[0]!.start}-${tampered.relations[0]!.evidence[0]!.end} do not hold the quote; compile the dataset again`,
    ]);
  });

  it('places the actors a compiled graph gives no position, as the compiler would', () => {
    const opened = loadDataset([fixture('alliances.csv'), fixture('alliances.txt')]);
    if (!opened.ok) throw new Error('fixture does not open');
    const result = loadDataset([
      { name: 'graph.json', text: JSON.stringify({ ...opened.graph, layout: {} }) },
    ]);
    expect(result.ok && result.graph.layout).toEqual(opened.graph.layout);
  });

  it('traces an anchoring error back to the CSV row', () => {
    const [message] = errors(
      loadDataset([fixture('broken-quote-not-in-text.csv'), fixture('alliances.txt')]),
    );
    expect(message).toMatch(/quote not found .*broken-quote-not-in-text\.csv:2:\d+, row 2/);
  });

  it('says what it cannot use', () => {
    expect(errors(loadDataset([]))).toEqual([
      'no file given: choose or drop the files of a dataset',
    ]);
    expect(errors(loadDataset([{ name: 'notes.pdf', text: '' }]))).toEqual([
      'notes.pdf: not a dataset file; bring .yaml and .txt files, a compiled .json, or a .csv with its .txt',
    ]);
    expect(errors(loadDataset([fixture('broken-truncated.json')]))[0]).toMatch(
      /^broken-truncated\.json: not valid JSON \(.*\); export it again$/,
    );
    expect(errors(loadDataset([{ name: 'people.yaml', text: '[]' }]))).toEqual([
      "people.yaml: a dataset's YAML files are sources.yaml, actors.yaml, relations.yaml; rename it or leave it out",
    ]);
  });
});
