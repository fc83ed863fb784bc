// The columns of a CSV of relations, with the names spreadsheets give them, and how a header row
// is read: which column holds which field, and what is wrong with it.

/**
 * Accepted names of each column, compared after lower-casing and turning spaces, hyphens and
 * dots into underscores ("From Year" is from_year). The first name is the one messages use.
 */
export const relationsCsvColumns = {
  from: ['from', 'source', 'from_actor', 'source_actor', 'actor1', 'actor_1', 'actor_a'],
  to: ['to', 'target', 'to_actor', 'target_actor', 'actor2', 'actor_2', 'actor_b'],
  type: ['type', 'relation_type', 'relation', 'relationship'],
  label: ['label', 'description', 'summary'],
  directed: ['directed', 'is_directed'],
  period: ['period', 'years'],
  from_year: ['from_year', 'period_from', 'start_year', 'since'],
  to_year: ['to_year', 'period_to', 'end_year', 'until'],
  confidence: ['confidence'],
  quote: ['quote', 'evidence', 'first_quote', 'excerpt', 'passage'],
  prefix: ['prefix', 'quote_prefix'],
  suffix: ['suffix', 'quote_suffix'],
  note: ['note', 'notes', 'comment', 'comments'],
  id: ['id', 'relation_id'],
  from_kind: ['from_kind', 'source_kind'],
  to_kind: ['to_kind', 'target_kind'],
} as const satisfies Record<string, readonly string[]>;

export type CsvField = keyof typeof relationsCsvColumns;

export const requiredCsvColumns = ['from', 'to', 'type', 'quote'] as const satisfies CsvField[];

const fieldOfName = new Map<string, CsvField>(
  Object.entries(relationsCsvColumns).flatMap(([field, names]) =>
    names.map((name) => [name, field as CsvField] as const),
  ),
);

/** A header cell as compared with the accepted names. */
export function columnKey(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s.-]+/g, '_');
}

export interface HeaderProblem {
  /** 1-based column of the header cell, or 1 for a column that is missing. */
  column: number;
  message: string;
}

export interface ReadHeader {
  /** 0-based index of the column that holds each field present. */
  columns: Map<CsvField, number>;
  problems: HeaderProblem[];
}

/** Edits (insert, delete, replace, swap two neighbours) that turn one name into the other. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => d[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const same = a[i - 1] === b[j - 1];
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + (same ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      (d[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}

/**
 * An accepted name that an unknown header is a likely misspelling of. Columns the importer does
 * not know are otherwise ignored (a spreadsheet often keeps working columns of its own), so a
 * misspelt "confidnce" would silently fall back to the default.
 */
function misspeltName(key: string, taken: ReadonlyMap<CsvField, number>): string | undefined {
  for (const [name, field] of fieldOfName) {
    if (taken.has(field) || Math.abs(key.length - name.length) > 1) continue;
    // One slip in a name of four letters or more; shorter names are too close to other words.
    if (name.length >= 4 && editDistance(key, name) <= 1) return name;
  }
  return undefined;
}

export function readHeader(headers: readonly string[]): ReadHeader {
  const columns = new Map<CsvField, number>();
  const problems: HeaderProblem[] = [];
  const unknown: number[] = [];
  headers.forEach((header, index) => {
    const key = columnKey(header);
    if (key === '') return;
    const field = fieldOfName.get(key);
    if (field === undefined) {
      unknown.push(index);
      return;
    }
    const earlier = columns.get(field);
    if (earlier !== undefined) {
      problems.push({
        column: index + 1,
        message: `column "${header.trim()}" repeats column ${earlier + 1} ("${headers[earlier]?.trim()}"): both are read as ${field}; keep one of them`,
      });
      return;
    }
    columns.set(field, index);
  });
  for (const index of unknown) {
    const header = headers[index]?.trim() ?? '';
    const name = misspeltName(columnKey(header), columns);
    if (name !== undefined) {
      problems.push({
        column: index + 1,
        message: `unknown column "${header}"; did you mean "${name}"?`,
      });
    }
  }
  const period = columns.get('period');
  for (const field of ['from_year', 'to_year'] as const) {
    const index = columns.get(field);
    if (period !== undefined && index !== undefined) {
      problems.push({
        column: Math.max(period, index) + 1,
        message: `columns "${headers[period]?.trim()}" and "${headers[index]?.trim()}" both give years; use either period or from_year/to_year`,
      });
    }
  }
  for (const field of requiredCsvColumns) {
    if (!columns.has(field)) {
      problems.push({
        column: 1,
        message: `missing required column "${field}"; name a column ${relationsCsvColumns[field].map((name) => `"${name}"`).join(', ')}`,
      });
    }
  }
  return { columns, problems };
}
