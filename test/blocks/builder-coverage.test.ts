import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { HOSTILE_TASK } from '../support/hostile-text.js';
import { READY_TO_TUNE } from '../support/profiles.js';

// Every exported builder in blocks/ (a function whose name starts with `build`) must be called
// by everySurface, so every property over the surfaces covers it. Each builder is wrapped in a
// pass-through that notes the call and returns what the builder returns.

const BLOCKS = new URL('../../blocks/', import.meta.url);
const MODULES = readdirSync(BLOCKS).filter((f) => f.endsWith('.ts'));

const isBuilder = (name: string, v: unknown): v is (...args: unknown[]) => unknown =>
  name.startsWith('build') && typeof v === 'function';

const called = new Set<string>();
const exported: string[] = [];

/** The builders of `exported` no call reached, by module and name. */
const uncovered = (names: readonly string[]) => names.filter((n) => !called.has(n));

beforeAll(async () => {
  for (const file of MODULES) {
    vi.doMock(new URL(file, BLOCKS).pathname, async (importOriginal) => {
      const original = await importOriginal<Record<string, unknown>>();
      return Object.fromEntries(
        Object.entries(original).map(([name, v]) => [
          name,
          isBuilder(name, v)
            ? (...args: unknown[]) => {
                called.add(`${file} ${name}`);
                return v(...args);
              }
            : v,
        ]),
      );
    });
  }
  vi.resetModules();
  for (const file of MODULES) {
    const m: Record<string, unknown> = await import(new URL(file, BLOCKS).pathname);
    exported.push(
      ...Object.keys(m)
        .filter((name) => isBuilder(name, m[name]))
        .map((n) => `${file} ${n}`),
    );
  }
});

describe('the registry of surfaces', () => {
  it('calls every builder blocks/ exports', async () => {
    const { everySurface } = await import('../support/surfaces.js');
    called.clear();
    everySurface(READY_TO_TUNE, { task: HOSTILE_TASK });
    expect(exported.length).toBeGreaterThan(20);
    expect(uncovered(exported)).toEqual([]);
  });

  it('is checked live: a builder nothing calls is named', async () => {
    const { buildPosted } = await import('../../blocks/post-failed.js');
    called.clear();
    buildPosted(7, 'C1');
    expect(called).toEqual(new Set(['post-failed.ts buildPosted']));
    expect(uncovered([...exported, 'new-surface.ts buildNew'])).toEqual([
      ...exported.filter((n) => n !== 'post-failed.ts buildPosted'),
      'new-surface.ts buildNew',
    ]);
  });
});
