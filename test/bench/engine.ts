import { spawnSync } from 'node:child_process';
import {
  closeSync,
  mkdtempSync,
  openSync,
  readSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { assess } from '../../src/engine/index.js';
import { profileArb } from '../support/profiles.js';

const DATES = ['2026-03-01', '2026-12-02', '2027-06-30'];

/** Assessments per second on one core over a varied generated set, on three dates. */
export function benchEngine(): void {
  const profiles = fc.sample(profileArb, { numRuns: 10_000, seed: 42 });
  for (const asOf of DATES) for (const p of profiles) assess(p, { asOf }); // warm up
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

/** Lines in a file too large to hold as one string. */
function countLines(path: string): number {
  const fd = openSync(path, 'r');
  const chunk = Buffer.alloc(1 << 20);
  let lines = 0;
  for (let n = readSync(fd, chunk); n > 0; n = readSync(fd, chunk)) {
    for (let i = chunk.indexOf(10); i >= 0 && i < n; i = chunk.indexOf(10, i + 1)) lines++;
  }
  closeSync(fd);
  return lines;
}

/** The batch command line end to end: 100,000 profiles, one a line, through a real process. */
export function benchJsonl(): void {
  const profiles = fc.sample(profileArb, { numRuns: 100_000, seed: 43 });
  const dir = mkdtempSync(join(tmpdir(), 'bench-jsonl-'));
  const input = join(dir, 'profiles.jsonl');
  const output = join(dir, 'assessments.jsonl');
  writeFileSync(input, `${profiles.map((p) => JSON.stringify(p)).join('\n')}\n`);
  const root = new URL('../..', import.meta.url).pathname;
  const out = openSync(output, 'w');
  const start = process.hrtime.bigint();
  const r = spawnSync(
    join(root, 'node_modules/.bin/tsx'),
    ['src/cli/main.ts', '--jsonl', '--as-of', '2026-12-02', '--profile', input],
    { cwd: root, stdio: ['ignore', out, 'pipe'] },
  );
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  closeSync(out);
  const mb = statSync(output).size / 1e6;
  console.log('cli: assess --jsonl, 100,000 generated profiles, to a file');
  console.log(
    `  ${countLines(output).toLocaleString('en-US')} lines (${Math.round(mb)} MB), exit ${r.status}, in ${seconds.toFixed(2)} s including start-up`,
  );
  rmSync(dir, { recursive: true });
}
