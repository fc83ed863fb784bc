// Runs the property-based tests of a suite on a fixed seed, so a run can be repeated and CI does
// not fail at random (set FUZZ_SEED to explore other inputs; a failure prints its seed), and
// prints each property's runs, wall time and CPU time when the suite ends.
import fc from 'fast-check';
import { afterAll } from 'vitest';

export const fuzzSeed = Number(process.env.FUZZ_SEED ?? 20261124);

export function fuzzSuite<Name extends string>(
  label: string,
  runs: Readonly<Record<Name, number>>,
): (name: Name, property: Parameters<typeof fc.assert>[0]) => void {
  const timings: string[] = [];
  afterAll(() => console.info(`${label}: ${timings.join(', ')}`));
  return (name, property) => {
    const [wall, cpu] = [performance.now(), process.cpuUsage()];
    fc.assert(property, { numRuns: runs[name], seed: fuzzSeed });
    const cpuMs = Math.round(process.cpuUsage(cpu).user / 1000);
    timings.push(
      `${name} ${runs[name]} runs in ${Math.round(performance.now() - wall)} ms (${cpuMs} ms CPU)`,
    );
  };
}
