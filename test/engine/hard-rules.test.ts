import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Assessment,
  assess,
  DEFAULT_CATALOGUE,
  type TaskProfileInput,
} from '../../src/engine/index.js';
import { withHosted } from '../support/catalogue.js';
import { profileArb } from '../support/profiles.js';

const tunes = (a: Assessment) => a.approach === 'fine_tune' || a.approach === 'hybrid';
const TUNABLE = ['format', 'style', 'edge_cases', 'cost', 'latency'] as const;
const dateArb = fc
  .integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 11, 31) })
  .map((ms) => new Date(ms).toISOString().slice(0, 10));

/** Every hard rule of the advice, written out from the profile alone. */
function brokenRules(p: TaskProfileInput, a: Assessment): string[] {
  if (!tunes(a)) return [];
  const gaps = p.mainGaps ?? [];
  const broken: string[] = [];
  if (p.promptingMaturity !== 'few_shot') broken.push('no thorough prompt');
  if (p.qualityPct === undefined || p.qualityPct === null) broken.push('quality not measured');
  else if (p.qualityPct < 50) broken.push('under 50% of target');
  if ((p.labeledExamples ?? 0) < 50) broken.push('under 50 examples');
  if (gaps.includes('reasoning')) broken.push('reasoning gap');
  const tunable = TUNABLE.some((g) => gaps.includes(g)) || p.consistency === 'strict';
  if (gaps.includes('knowledge') && !tunable) broken.push('knowledge gap only');
  const facts =
    gaps.includes('knowledge') || p.knowledgeChange === 'monthly' || p.knowledgeChange === 'weekly';
  if (facts && !a.components.includes('rag')) broken.push('facts without retrieval');
  return broken;
}

describe('hard rules hold over generated profiles', () => {
  it('are never broken, on any date (50,000 profiles)', () => {
    let tuned = 0;
    fc.assert(
      fc.property(profileArb, dateArb, (p, asOf) => {
        const a = assess(p, { asOf });
        if (tunes(a)) tuned++;
        expect(brokenRules(p, a)).toEqual([]);
      }),
      { numRuns: 50_000, seed: 2026 },
    );
    // the property is not vacuous: tuning is still recommended where it may be
    expect(tuned).toBeGreaterThan(500);
  });

  it('never recommend an option that is not on sale on the date', () => {
    const gone = withHosted({
      availability: { newCustomersFrom: null, newCustomersUntil: '2026-05-07', retires: null },
    });
    fc.assert(
      fc.property(profileArb, dateArb, (p, asOf) => {
        const a = assess(p, { prices: gone, asOf });
        if (asOf >= '2026-05-07' && p.dataSensitivity !== 'on_prem_only') {
          expect(tunes(a)).toBe(false);
        }
        const mine = assess(p, { prices: DEFAULT_CATALOGUE, asOf });
        const path = mine.cost?.paths.find((x) => x.id === mine.cost?.tunePath);
        if (tunes(mine) && path) expect(path.available).toBe(true);
      }),
      { numRuns: 10_000, seed: 7 },
    );
  });
});

describe('volume moves the advice only through the estimate', () => {
  const withCalls = fc.tuple(profileArb, fc.integer({ min: 0, max: 20_000_000 }));

  it('keeps the approach from N to N+1 calls a month unless the cheaper path changes', () => {
    let changed = 0;
    fc.assert(
      fc.property(withCalls, ([p, n]) => {
        const a = assess({ ...p, monthlyCalls: n });
        const b = assess({ ...p, monthlyCalls: n + 1 });
        if (a.cost?.cheaperPath === b.cost?.cheaperPath) expect(b.approach).toBe(a.approach);
        else changed++;
      }),
      { numRuns: 20_000, seed: 11 },
    );
    expect(changed).toBeLessThan(20);
  });

  it('gives the same answer at 99,999 and 100,000 calls unless the cheaper path changes', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const a = assess({ ...p, monthlyCalls: 99_999 });
        const b = assess({ ...p, monthlyCalls: 100_000 });
        if (a.cost?.cheaperPath === b.cost?.cheaperPath) expect(b.approach).toBe(a.approach);
      }),
      { numRuns: 20_000, seed: 12 },
    );
  });

  it('never takes tuning away as calls grow while tuning is the cheaper path', () => {
    let kept = 0;
    fc.assert(
      fc.property(withCalls, fc.integer({ min: 1, max: 50_000_000 }), ([p, n], more) => {
        const a = assess({ ...p, monthlyCalls: n });
        if (!tunes(a) || a.cost?.cheaper !== 'fine_tune') return;
        kept++;
        expect(tunes(assess({ ...p, monthlyCalls: n + more }))).toBe(true);
      }),
      { numRuns: 20_000, seed: 13 },
    );
    expect(kept).toBeGreaterThan(100);
  });
});
