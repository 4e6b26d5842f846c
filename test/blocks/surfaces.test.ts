import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WARNING_IDS } from '../../src/engine/assessment.js';
import { TaskProfile } from '../../src/engine/index.js';
import { RULES } from '../../src/engine/rules.js';
import { messageProblems, surfaceProblems, viewProblems } from '../support/block-kit.js';
import { hostileTextsArb } from '../support/hostile-text.js';
import { profileArb, READY_TO_TUNE } from '../support/profiles.js';
import { everySurface, type Surface } from '../support/surfaces.js';
import { shownText, visibleTexts } from '../support/visible-text.js';

/** The task is the user's own text: the scan looks at what the app wrote around it. */
const TASK = 'Summarise support calls';

const textOf = (s: Surface) =>
  (s.kind === 'file' || s.kind === 'text'
    ? [s.text]
    : s.kind === 'message'
      ? [s.text, ...visibleTexts(s.blocks)]
      : visibleTexts(s.view)
  ).map(shownText);

const FIELD_NAMES = Object.keys(TaskProfile.shape).filter((n) => /[A-Z]/.test(n));
const IDS = [...RULES.map((r) => r.id), ...WARNING_IDS, 'defaults_assumed'];
const CAMEL = /\b[a-z]+[A-Z][A-Za-z]*\b/g;
const SNAKE = /\b[a-z0-9]+(?:_[a-z0-9]+)+\b/g;
const PRODUCT_NAMES = new Set(['vLLM']);

/** Words no reader should see: field names, rule and warning ids, snake_case, seed files. */
function internalWords(text: string): string[] {
  return [
    ...FIELD_NAMES.filter((n) => text.includes(n)),
    ...(text.match(SNAKE) ?? []),
    ...(text.match(CAMEL) ?? []).filter((w) => !PRODUCT_NAMES.has(w)),
    ...IDS.filter((id) => new RegExp(`\\b${id}\\b`).test(text)),
    ...(text.match(/seed \d{3}_\w+|\.txt\b|<@app>/g) ?? []),
  ];
}

describe('every surface, built from generated profiles', () => {
  it('shows no field name, rule id, snake_case value or seed file name in any text a user reads', () => {
    fc.assert(
      fc.property(profileArb, (profile) => {
        for (const [name, surface] of Object.entries(everySurface(profile, { task: TASK }))) {
          const bad = textOf(surface).flatMap(internalWords);
          expect(bad, name).toEqual([]);
        }
      }),
      { numRuns: 300, seed: 13 },
    );
  });

  it('validates against the Block Kit schema, and uses only blocks its surface allows, whatever users typed', () => {
    fc.assert(
      fc.property(profileArb, hostileTextsArb, (profile, typed) => {
        for (const [name, s] of Object.entries(everySurface(profile, typed))) {
          if (s.kind === 'file' || s.kind === 'text') continue;
          const problems = s.kind === 'message' ? messageProblems(s.blocks) : viewProblems(s.view);
          expect(problems, name).toEqual([]);
          expect(surfaceProblems(s.kind === 'message' ? s : s.view), name).toEqual([]);
        }
      }),
      { numRuns: 200, seed: 14 },
    );
  });

  it('gives every message a notification text that is not a field or a status code', () => {
    for (const [name, s] of Object.entries(everySurface(READY_TO_TUNE))) {
      if (s.kind !== 'message' && s.kind !== 'text') continue;
      expect(s.text.length, name).toBeGreaterThan(10);
      expect(s.text, name).not.toMatch(/^(proposed|adopted|succeeded|Recommendation:)/);
    }
  });
});

describe('the scan and the validators are live', () => {
  it('find the internal words the old surfaces showed', () => {
    expect(
      internalWords('+2 fine_tune (qualityPct) _Source: seed 002_dd92.txt_ <@app> asked'),
    ).toEqual(expect.arrayContaining(['qualityPct', 'fine_tune', 'seed 002_dd92', '<@app>']));
    expect(internalWords('because hosted_tuning_retires')).toContain('hosted_tuning_retires');
  });

  it('catch an invalid block, an over-long title and a table in a modal', () => {
    expect(messageProblems([{ type: 'section' } as never])).not.toEqual([]);
    expect(
      viewProblems({
        type: 'modal',
        title: { type: 'plain_text', text: 'x'.repeat(30) },
        blocks: [],
      }),
    ).not.toEqual([]);
    const table = { type: 'table', rows: [[{ type: 'raw_text', text: 'a' }]] };
    const modal = { type: 'modal', title: { type: 'plain_text', text: 'x' }, blocks: [table] };
    expect(surfaceProblems(modal as never)).toEqual(['table is not allowed in a modal']);
    expect(surfaceProblems({ kind: 'message', blocks: [table, table] as never })).toEqual([
      'only one table in a message',
    ]);
  });
});
