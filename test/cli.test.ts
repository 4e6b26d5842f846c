import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Assessment, DEFAULT_PRICES } from '../src/engine/index.js';
import { READY_TO_TUNE } from './support/profiles.js';

const root = new URL('..', import.meta.url).pathname;
const tsx = join(root, 'node_modules/.bin/tsx');

function cli(args: string[], stdin = '') {
  const r = spawnSync(tsx, ['src/cli.ts', ...args], { cwd: root, input: stdin, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('assess CLI (real process)', () => {
  it('prints the assessment as JSON from standard input', () => {
    const r = cli(['--json'], JSON.stringify(READY_TO_TUNE));
    expect(r.code).toBe(0);
    const a = Assessment.parse(JSON.parse(r.stdout));
    expect(a.approach).toBe('fine_tune');
    expect(r.stderr).toBe('');
  });

  it('reads --profile FILE and prints a readable report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'assess-'));
    const file = join(dir, 'profile.json');
    writeFileSync(file, JSON.stringify(READY_TO_TUNE));
    const r = cli(['--profile', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Recommendation: Fine-tune a model \(confidence \d+%\)/);
    expect(r.stdout).toContain('break-even');
  });

  it('uses a price table given with --prices', () => {
    const dir = mkdtempSync(join(tmpdir(), 'assess-'));
    const file = join(dir, 'prices.json');
    const own = { ...DEFAULT_PRICES, name: 'Our negotiated prices' };
    writeFileSync(file, JSON.stringify({ ...own, tuned: { ...own.tuned, input: 90, output: 90 } }));
    const r = cli(['--json', '--prices', file], JSON.stringify(READY_TO_TUNE));
    const cost = JSON.parse(r.stdout).cost;
    expect(cost.priceTable.name).toBe('Our negotiated prices');
    expect(cost.breakEvenCallsPerMonth).toBe('never');
  });

  it('exits 2 and names every bad field, with nothing on stdout', () => {
    const bad = { task: '', taskType: 'poem', labeledExamples: -3, mainGaps: ['vibes'], colour: 1 };
    const r = cli(['--json'], JSON.stringify(bad));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    for (const field of [
      'task',
      'taskType',
      'labeledExamples',
      'mainGaps.0',
      'colour: unknown field',
    ]) {
      expect(r.stderr).toContain(field);
    }
    expect(r.stderr).toContain('"classification"');
  });

  it('exits 2 with the parse error on unreadable JSON', () => {
    const r = cli(['--json'], '{"task": ');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/not valid JSON/);
  });

  it('exits 2 on an unknown option', () => {
    const r = cli(['--yaml'], '{}');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--yaml');
  });
});

describe('assess CLI price table errors', () => {
  it('exits 2 naming the bad price fields', () => {
    const dir = mkdtempSync(join(tmpdir(), 'assess-'));
    const file = join(dir, 'prices.json');
    writeFileSync(
      file,
      JSON.stringify({ ...DEFAULT_PRICES, tuned: { ...DEFAULT_PRICES.tuned, date: 'soon' } }),
    );
    const r = cli(['--prices', file], JSON.stringify(READY_TO_TUNE));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('tuned.date');
  });
});
