// The seed of the property-based tests: fixed, so a run can be repeated and CI does not fail
// at random; set FUZZ_SEED to explore other inputs (a failure prints its seed to replay).
export const fuzzSeed = Number(process.env.FUZZ_SEED ?? 20261124);
