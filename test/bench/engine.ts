import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { assess } from '../../src/engine/index.js';
import { profileArb } from '../support/profiles.js';

const DATES = ['2026-03-01', '2026-12-02', '2027-06-30'];

/** Assessments per second on one core over a varied generated set, on three dates. */
export function benchEngine(): void {
  const profiles = fc.sample(profileArb, { numRuns: 10_000, seed: 42 });
  for (const p of profiles) assess(p); // warm up
  const rounds = 12;
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  for (let i = 0; i < rounds; i++) {
    const asOf = DATES[i % DATES.length];
    for (const p of profiles) assess(p, { asOf });
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  const n = rounds * profiles.length;
  const rate = (s: number) => Math.round(n / s).toLocaleString('en-US');
  console.log('engine: assess() over 10,000 generated profiles x 3 dates (one thread)');
  console.log(
    `  ${n.toLocaleString('en-US')} assessments in ${seconds.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s CPU`,
  );
  console.log(
    `  ${rate(cpuSeconds)} assessments per CPU-second on one core (goal >= 100,000); ${rate(seconds)}/s wall clock on a shared machine`,
  );
}

/** The batch command line end to end: 100,000 profiles, one a line, through a real process. */
export function benchJsonl(): void {
  const profiles = fc.sample(profileArb, { numRuns: 100_000, seed: 43 });
  const file = join(mkdtempSync(join(tmpdir(), 'bench-jsonl-')), 'profiles.jsonl');
  writeFileSync(file, `${profiles.map((p) => JSON.stringify(p)).join('\n')}\n`);
  const root = new URL('../..', import.meta.url).pathname;
  const start = process.hrtime.bigint();
  const r = spawnSync(
    join(root, 'node_modules/.bin/tsx'),
    ['src/cli/main.ts', '--jsonl', '--as-of', '2026-12-02', '--profile', file],
    { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 },
  );
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const lines = r.stdout.split('\n').filter(Boolean).length;
  console.log('cli: assess --jsonl, 100,000 generated profiles');
  console.log(
    `  ${lines.toLocaleString('en-US')} lines out, exit ${r.status}, in ${seconds.toFixed(2)} s including start-up`,
  );
}
