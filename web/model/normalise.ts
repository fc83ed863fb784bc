// Turns text extracted from a PDF (hard-wrapped lines, blank lines between them, running page
// headers, end-of-line hyphens) into clean paragraphs, remembering where each page begins.
import type { Span } from './schema';

export interface NormalisedSource {
  /** Paragraphs joined by a blank line; evidence offsets point into this. */
  text: string;
  paragraphs: Span[];
  /** Empty when the text gives no page number to count from. */
  pages: (Span & { page: number })[];
}

export interface NormaliseOptions {
  /** Patterns of running-header lines to drop (a line of digits alone in their block is the page number). */
  header?: RegExp[];
  /** Number of the first page, when the text shows no page number. */
  firstPage?: number;
}

type Line =
  | { kind: 'blank'; spaceOnly: boolean }
  | { kind: 'header'; pageNumber?: number }
  | { kind: 'text'; raw: string; content: string; trailing: number; pageBreakBefore: boolean };

const pageNumberLine = /^\s*(\d{1,4})\s*$/;
const terminal = /[.!?)”’":]$/;
/** A line this much shorter than the typical line ends its paragraph. */
const shortLineRatio = 0.85;

function classify(rawLines: string[], header: RegExp[]): Line[] {
  const lines: Line[] = rawLines.map((raw, i) => {
    if (raw.trim() === '') return { kind: 'blank', spaceOnly: raw.length > 0 };
    if (header.some((pattern) => pattern.test(raw.trim()))) return { kind: 'header' };
    const previous = rawLines[i - 1];
    return {
      kind: 'text',
      raw,
      content: raw.trim().replace(/\s+/g, ' '),
      trailing: raw.length - raw.trimEnd().length,
      // Wrapped lines are separated by blank lines; a line that starts with a space right after
      // a text line is where the extractor began a new page.
      pageBreakBefore: previous !== undefined && previous.trim() !== '' && /^\s/.test(raw),
    };
  });
  // A line of digits alone next to a header line (through blank lines) is the page number.
  for (let i = 0; i < lines.length; i++) {
    const raw = rawLines[i] ?? '';
    const match = pageNumberLine.exec(raw);
    if (!match || header.length === 0) continue;
    if (nearHeader(lines, i, -1) || nearHeader(lines, i, 1)) {
      lines[i] = { kind: 'header', pageNumber: Number(match[1]) };
    }
  }
  return lines;
}

function nearHeader(lines: Line[], from: number, step: 1 | -1): boolean {
  for (let j = from + step; j >= 0 && j < lines.length; j += step) {
    const line = lines[j];
    if (line?.kind === 'header') return true;
    if (line?.kind !== 'blank') return false;
  }
  return false;
}

/** Words as written inside lines, to decide whether a hyphen at a line end belongs to a compound. */
function wordForms(lines: Line[]): Set<string> {
  const forms = new Set<string>();
  for (const line of lines) {
    if (line.kind !== 'text') continue;
    for (const word of line.content.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ??
      []) {
      forms.add(word);
    }
  }
  return forms;
}

/**
 * Joins "geo-" + "economy" into "geo-economy" (a compound keeps its hyphen) unless the text
 * elsewhere spells the word unbroken and never with a hyphen ("govern-" + "ment").
 */
export function joinHyphenated(head: string, tail: string, forms: Set<string>): string {
  const left = /[\p{L}\p{N}]+$/u.exec(head.slice(0, -1))?.[0]?.toLowerCase() ?? '';
  const right = /^[\p{L}\p{N}]+/u.exec(tail)?.[0]?.toLowerCase() ?? '';
  const compound = `${left}-${right}`;
  const unbroken = `${left}${right}`;
  if (!forms.has(compound) && forms.has(unbroken)) return head.slice(0, -1) + tail;
  return head + tail;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * The normalised text as it grows, kept in pieces and joined once at the end: joining a
 * hyphenated word reads only the last pieces, where slicing the whole text at every line-end
 * hyphen made long sources quadratic (minutes for a text of a few megabytes).
 */
class TextBuilder {
  private pieces: string[] = [];
  length = 0;

  append(piece: string): void {
    this.pieces.push(piece);
    this.length += piece.length;
  }

  /** Takes off the end of the text, enough of it to hold its last word whole. */
  takeLastWord(): string {
    let end = '';
    while (this.pieces.length > 0 && !/[^\p{L}\p{N}]/u.test(end.slice(0, -1))) {
      const piece = this.pieces.pop() ?? '';
      this.length -= piece.length;
      end = piece + end;
    }
    return end;
  }

  toString(): string {
    return this.pieces.join('');
  }
}

export function normaliseSource(raw: string, options: NormaliseOptions = {}): NormalisedSource {
  const lines = classify(raw.replace(/\r\n?/g, '\n').split('\n'), options.header ?? []);
  const forms = wordForms(lines);
  const textLines = lines.filter((line) => line.kind === 'text');
  const shortLine = shortLineRatio * median(textLines.map((line) => line.content.length));

  const text = new TextBuilder();
  const paragraphs: Span[] = [];
  const pageStarts: { offset: number; pageNumber?: number }[] = [{ offset: 0 }];
  let paragraphStart = 0;
  let previous: Extract<Line, { kind: 'text' }> | undefined;
  // What lies between the previous text line and the current one.
  let gapHasSpaceLine = false;
  let gapPageNumber: number | undefined;
  let gapHasHeader = false;

  const endParagraph = () => {
    paragraphs.push({ start: paragraphStart, end: text.length });
  };

  for (const line of lines) {
    if (line.kind === 'blank') {
      gapHasSpaceLine ||= line.spaceOnly;
      continue;
    }
    if (line.kind === 'header') {
      gapHasHeader = true;
      gapPageNumber = line.pageNumber ?? gapPageNumber;
      continue;
    }
    const pageBreak = gapHasHeader || line.pageBreakBefore;
    if (previous === undefined) {
      paragraphStart = 0;
      text.append(line.content);
    } else {
      const endsParagraph =
        previous.trailing >= 2 ||
        previous.content.length < shortLine ||
        (gapHasSpaceLine && !gapHasHeader) ||
        (line.pageBreakBefore && terminal.test(previous.content)) ||
        // A short line without end punctuation after a finished sentence is a heading.
        (line.content.length < shortLine &&
          !terminal.test(line.content) &&
          terminal.test(previous.content));
      if (endsParagraph) {
        endParagraph();
        text.append('\n\n');
        paragraphStart = text.length;
        if (pageBreak) pageStarts.push({ offset: text.length, pageNumber: gapPageNumber });
        text.append(line.content);
      } else if (previous.content.endsWith('-') && previous.trailing === 0) {
        if (pageBreak) pageStarts.push({ offset: text.length, pageNumber: gapPageNumber });
        text.append(joinHyphenated(text.takeLastWord(), line.content, forms));
      } else {
        text.append(' ');
        if (pageBreak) pageStarts.push({ offset: text.length, pageNumber: gapPageNumber });
        text.append(line.content);
      }
    }
    previous = line;
    gapHasSpaceLine = false;
    gapHasHeader = false;
    gapPageNumber = undefined;
  }
  if (previous !== undefined) endParagraph();

  return {
    text: text.toString(),
    paragraphs,
    pages: numberPages(pageStarts, text.length, options.firstPage),
  };
}

function numberPages(
  starts: { offset: number; pageNumber?: number }[],
  length: number,
  firstPage: number | undefined,
): NormalisedSource['pages'] {
  const known = starts.findIndex((start) => start.pageNumber !== undefined);
  const first = known >= 0 ? (starts[known]?.pageNumber ?? 0) - known : firstPage;
  if (first === undefined) return [];
  return starts.map((start, i) => ({
    page: first + i,
    start: start.offset,
    end: starts[i + 1]?.offset ?? length,
  }));
}

/** Index of the span that holds an offset (binary search over ordered spans). */
export function spanIndexAt(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((spans[mid]?.start ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}
