/**
 * `npm run bench:growth -- [sizes]`: builds 10, 100 and 1,000 generated articles of 30 blocks
 * (or the comma-separated sizes given) in scratch copies of the project, timing the content
 * pipeline and `next build` for each, and writes the table to docs/BENCHMARKS.md.
 */
import { benchGrowth, defaultSizes } from './growth/run-growth';

const sizes = process.argv[2] ? process.argv.slice(2).join(',').split(',').filter(Boolean).map(Number) : defaultSizes;
if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error('usage: npm run bench:growth -- [sizes, e.g. 10,100,1000]');
  process.exit(2);
}

console.log(`\n${await benchGrowth(process.cwd(), sizes)}`);
