import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Assessment, DEFAULT_CATALOGUE } from '../src/engine/index.js';
import { withHosted } from './support/catalogue.js';
import { READY_TO_TUNE } from './support/profiles.js';

const root = new URL('..', import.meta.url).pathname;
const tsx = join(root, 'node_modules/.bin/tsx');

function cli(args: string[], stdin = '') {
  const r = spawnSync(tsx, ['src/cli/main.ts', ...args], {
    cwd: root,
    input: stdin,
    encoding: 'utf8',
  });
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
    expect(r.stdout).toMatch(
      /^Recommendation: Fine-tune a model \(confidence \d+%, as of \d{4}-\d{2}-\d{2}\)/,
    );
    expect(r.stdout).toContain('tune the small model');
    expect(r.stdout).toContain('break-even');
  });

  it('uses a catalogue given with --prices, on the date given with --as-of', () => {
    const dir = mkdtempSync(join(tmpdir(), 'assess-'));
    const file = join(dir, 'prices.json');
    writeFileSync(file, JSON.stringify({ ...withHosted({}), name: 'Our negotiated prices' }));
    const r = cli(
      ['--json', '--prices', file, '--as-of', '2027-06-01'],
      JSON.stringify(READY_TO_TUNE),
    );
    const a = Assessment.parse(JSON.parse(r.stdout));
    expect(a.cost?.priceTable.name).toBe('Our negotiated prices');
    expect(a.asOf).toBe('2027-06-01');
    expect(a.warnings.map((w) => w.id)).toContain('catalogue_stale');
  });

  it('assesses as of today by default', () => {
    const r = cli(['--json'], JSON.stringify(READY_TO_TUNE));
    expect(JSON.parse(r.stdout).asOf).toBe(new Date().toISOString().slice(0, 10));
  });

  it('exits 2 on a date that is not YYYY-MM-DD', () => {
    const r = cli(['--json', '--as-of', '02/12/2026'], JSON.stringify(READY_TO_TUNE));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--as-of');
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

describe('assess CLI catalogue errors', () => {
  it('exits 2 naming the bad price fields', () => {
    const dir = mkdtempSync(join(tmpdir(), 'assess-'));
    const file = join(dir, 'prices.json');
    writeFileSync(file, JSON.stringify({ ...DEFAULT_CATALOGUE, checked: 'soon' }));
    const r = cli(['--prices', file], JSON.stringify(READY_TO_TUNE));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('checked');
  });
});

describe('assess CLI batch mode (--jsonl)', () => {
  it('writes one assessment a line, an error line for each bad line, and exits 2 at the end', () => {
    const lines = [
      JSON.stringify(READY_TO_TUNE),
      '{"task": ',
      JSON.stringify({ task: 'x', taskType: 'poem' }),
      '',
      JSON.stringify({ ...READY_TO_TUNE, promptingMaturity: 'basic' }),
    ];
    const r = cli(['--jsonl', '--as-of', '2026-12-02'], lines.join('\n'));
    expect(r.code).toBe(2);
    const out = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(4);
    expect(Assessment.parse(out[0]).approach).toBe('fine_tune');
    expect(out[1]).toEqual({ line: 2, errors: [expect.stringMatching(/not valid JSON/)] });
    expect(out[2].line).toBe(3);
    expect(out[2].errors.join(' ')).toContain('taskType');
    expect(Assessment.parse(out[3]).approach).toBe('prompt');
    expect(out[3].asOf).toBe('2026-12-02');
  });

  it('applies --prices and --as-of to every line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'assess-'));
    const file = join(dir, 'catalogue.json');
    writeFileSync(file, JSON.stringify({ ...withHosted({}), name: 'Batch prices' }));
    const profile = JSON.stringify(READY_TO_TUNE);
    const r = cli(
      ['--jsonl', '--prices', file, '--as-of', '2026-06-01'],
      `${profile}\n${profile}\n`,
    );
    const out = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => Assessment.parse(JSON.parse(l)));
    expect(out.map((a) => [a.cost?.priceTable.name, a.asOf])).toEqual([
      ['Batch prices', '2026-06-01'],
      ['Batch prices', '2026-06-01'],
    ]);
  });

  it('exits 0 when every line is valid', () => {
    const r = cli(
      ['--jsonl'],
      `${JSON.stringify(READY_TO_TUNE)}\n${JSON.stringify({ task: 't' })}\n`,
    );
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(2);
  });
});
