import fc from 'fast-check';
import { assess } from '../../src/engine/index.js';
import { profileArb } from '../support/profiles.js';

/** Assessments per second on one core over a fixed, varied set of profiles. */
export function benchEngine(): void {
  const profiles = fc.sample(profileArb, { numRuns: 1000, seed: 42 });
  for (const p of profiles) assess(p); // warm up
  const rounds = 200;
  const start = process.hrtime.bigint();
  for (let i = 0; i < rounds; i++) for (const p of profiles) assess(p);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const n = rounds * profiles.length;
  const perSecond = Math.round(n / seconds);
  console.log('engine: assess()');
  console.log(`  ${n.toLocaleString('en-US')} assessments in ${seconds.toFixed(2)} s`);
  console.log(
    `  ${perSecond.toLocaleString('en-US')} assessments/s on one core (goal >= 100,000/s)`,
  );
}
