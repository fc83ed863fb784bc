// Lists of thousands of actors (the focus, the ends of a path): a `<select>` whose options are
// put in at once, as DOM nodes made once per list, and past a few hundred a task after the list
// is drawn, one list per task. At 5,000 actors, making a list's options took 20 ms and styling
// them 35 ms more: two lists drawn with their section made one task of 170 ms.

/** Up to this many options a list is filled as it is drawn; past it, a task later. */
export const eagerOptions = 500;

export interface LongList {
  /** What the options are made from: while it stays the same, the options put in stay. */
  source: unknown;
  /** How many options the list will hold. */
  size: number;
  /** The options, made once per source (an option can be in one list only). */
  options(): HTMLOptionElement[];
  /** The value chosen now (read when the list is filled, so the latest). */
  value(): string;
  /** The text shown for the value meanwhile, while a long list waits to be filled. */
  label(value: string): string;
}

/** The source each list was last filled from. */
const filledFrom = new WeakMap<HTMLSelectElement, unknown>();
/** Lists waiting to be filled, each with its latest description. */
const waiting = new Map<HTMLSelectElement, LongList>();
let draining = false;

function put(select: HTMLSelectElement, list: LongList): void {
  const options = list.options();
  if (select.options[0] !== options[0]) select.replaceChildren(...options);
  filledFrom.set(select, list.source);
  select.value = list.value();
}

/** Fills the next waiting list, and the others in later tasks. */
function drain(): void {
  const next = waiting.entries().next();
  if (next.done) {
    draining = false;
    return;
  }
  const [select, list] = next.value;
  waiting.delete(select);
  if (select.isConnected) put(select, list);
  setTimeout(drain, 0);
}

/**
 * Brings a `<select>` in line with `list`: at once when it holds its options already or is
 * short, else with the chosen value alone until a later task puts in all the options.
 */
export function fillLongList(select: HTMLSelectElement, list: LongList): void {
  if (filledFrom.get(select) === list.source || list.size <= eagerOptions) {
    waiting.delete(select);
    put(select, list);
    return;
  }
  const value = list.value();
  if (!waiting.has(select) || select.value !== value) {
    select.replaceChildren(new Option(list.label(value), value, true, true));
    filledFrom.delete(select);
  }
  waiting.set(select, list);
  if (!draining) {
    draining = true;
    setTimeout(drain, 0);
  }
}
