// Writes records of a dataset as YAML in the style of graph-data/: a heading comment, a blank
// line and an optional comment before each record, quotes in double quotes, periods on one line,
// and characters a reader cannot see written as escapes; the result is as Prettier formats it.
import { Document, isMap, isScalar, isSeq, Scalar, visit, type Node } from 'yaml';

/**
 * Control, format (bidi, zero-width, soft hyphen, BOM) and line-separator characters: written
 * as \u escapes so that a reviewer of the YAML sees them. Tab and line feed stay as they are.
 */
const invisible = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;
const isVisibleControl = (char: string) => char === '\n' || char === '\t';

function escapeInvisible(char: string): string {
  if (isVisibleControl(char)) return char;
  const code = char.codePointAt(0) ?? 0;
  return code > 0xffff
    ? `\\U${code.toString(16).toUpperCase().padStart(8, '0')}`
    : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

const hasInvisible = (text: string) =>
  [...text.matchAll(invisible)].some(([char]) => !isVisibleControl(char));

/** Text safe for a comment line: one line, nothing invisible. */
export function commentText(text: string): string {
  return text.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, ' ');
}

export interface YamlRecord {
  value: object;
  /** One line written above the record, e.g. where it was imported from. */
  comment?: string;
}

/** Written on one line, as graph-data/ does (`period: { from: 2001 }`) and Prettier keeps it. */
const flowFields = new Set(['period']);
/** Fields always in double quotes, as graph-data/ writes evidence. */
const quotedFields = new Set(['quote', 'prefix', 'suffix']);

export function recordsYaml(records: readonly YamlRecord[], heading: string): string {
  const doc = new Document(records.map(({ value }) => value));
  doc.commentBefore = heading
    .split('\n')
    .map((line) => ` ${commentText(line)}`)
    .join('\n');
  if (isSeq(doc.contents)) {
    doc.contents.items.forEach((item, i) => {
      const node = item as Node;
      // The heading already ends with a blank line.
      node.spaceBefore = i > 0;
      const comment = records[i]?.comment;
      if (comment !== undefined) node.commentBefore = ` ${commentText(comment)}`;
    });
  }
  visit(doc, {
    Pair(_key, pair) {
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      if (typeof key !== 'string') return;
      if (flowFields.has(key) && (isMap(pair.value) || isSeq(pair.value))) pair.value.flow = true;
      if (quotedFields.has(key) && isScalar(pair.value)) pair.value.type = Scalar.QUOTE_DOUBLE;
    },
    Scalar(_key, node) {
      if (typeof node.value === 'string' && hasInvisible(node.value)) {
        node.type = Scalar.QUOTE_DOUBLE;
      }
    },
  });
  // Every invisible character left raw now sits inside a double-quoted scalar (the comments
  // were cleaned above, keys are plain words), where a \u escape means the same character.
  const text = doc.toString({ lineWidth: 0, singleQuote: false, flowCollectionPadding: true });
  return text.replace(invisible, escapeInvisible);
}
