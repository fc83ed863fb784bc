/** Remembers the last result of `compute` and recomputes only when an argument changes. */
export function lastOf<A extends unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | undefined;
  return (...args: A) => {
    if (!last || args.some((arg, i) => arg !== last!.args[i])) {
      last = { args, result: compute(...args) };
    }
    return last.result;
  };
}
