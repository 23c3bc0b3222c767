/**
 * `npm run fuzz [-- --runs N --seed S]`: runs the property tests 100,000 times in all (by default)
 * with a fresh seed, and prints the cases run and every failure with its counterexample.
 */
import { PROPERTIES } from './properties.js';

function option(name: string): number | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : undefined;
}

const total = option('runs') ?? 100_000;
const seed = option('seed') ?? Date.now() % 2 ** 31;
console.log(`crosscheck fuzz: ${total} cases, seed ${seed}`);
let ran = 0;
let failed = 0;
for (const entry of PROPERTIES) {
  const runs = Math.round(total * entry.fuzzShare);
  const start = performance.now();
  const details = entry.check(runs, seed);
  ran += details.numRuns;
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  if (details.failed) {
    failed++;
    console.log(`✗ ${entry.name}: failed after ${details.numRuns} cases (${seconds} s), seed ${details.seed}, path ${details.counterexamplePath}`);
    console.log(`  counterexample: ${JSON.stringify(details.counterexample)}`);
    console.log(`  error: ${String(details.errorInstance).split('\n')[0]}`);
  } else console.log(`✓ ${entry.name}: ${details.numRuns} cases, ${seconds} s`);
}
console.log(`${ran} cases run, ${failed} properties failed`);
process.exitCode = failed > 0 ? 1 : 0;
