import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;

describe('migrations', () => {
  it('are what drizzle-kit generates from src/store/schema.ts (nothing left to generate)', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'migrations-')), 'migrations');
    cpSync(join(root, 'migrations'), out, { recursive: true });
    const before = readdirSync(out).sort();
    const r = spawnSync(
      join(root, 'node_modules/.bin/drizzle-kit'),
      // drizzle-kit takes the output folder relative to the project
      [
        'generate',
        '--dialect',
        'sqlite',
        '--schema',
        './src/store/schema.ts',
        '--out',
        relative(root, out),
      ],
      { cwd: root, encoding: 'utf8', timeout: 60_000 },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('No schema changes');
    expect(readdirSync(out).sort()).toEqual(before);
  });
});
