import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Assessment, assess, TaskProfile } from '../../src/engine/index.js';
import { PROMPTING_MATURITY } from '../../src/engine/profile.js';
import { profileArb } from '../support/profiles.js';

const runs = { numRuns: 500 };

describe('engine properties', () => {
  it('gives a schema-valid assessment for every valid profile', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        expect(Assessment.safeParse(assess(p)).success).toBe(true);
      }),
      runs,
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        expect(assess(structuredClone(p))).toEqual(assess(structuredClone(p)));
      }),
      runs,
    );
  });

  it('never lowers scores.fine_tune when labeledExamples grows, unless training then costs too much', () => {
    fc.assert(
      fc.property(profileArb, fc.integer({ min: 0, max: 100_000 }), (p, more) => {
        const before = assess(p);
        const after = assess({ ...p, labeledExamples: (p.labeledExamples ?? 0) + more });
        // more examples make training dearer: the estimate may then stop favouring it
        if (after.cost?.cheaperPath !== before.cost?.cheaperPath) return;
        expect(after.scores.fine_tune).toBeGreaterThanOrEqual(before.scores.fine_tune);
      }),
      runs,
    );
  });

  it('never raises scores.fine_tune when knowledge joins mainGaps', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const gaps = p.mainGaps ?? [];
        const after = assess({ ...p, mainGaps: [...gaps, 'knowledge'] });
        expect(after.scores.fine_tune).toBeLessThanOrEqual(assess(p).scores.fine_tune);
      }),
      runs,
    );
  });

  it('never lowers scores.fine_tune when promptingMaturity moves up to few_shot', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const rank = PROMPTING_MATURITY.indexOf(p.promptingMaturity ?? 'basic');
        for (const higher of PROMPTING_MATURITY.slice(rank)) {
          const after = assess({ ...p, promptingMaturity: higher });
          expect(after.scores.fine_tune).toBeGreaterThanOrEqual(assess(p).scores.fine_tune);
        }
      }),
      runs,
    );
  });

  it('never answers fine_tune alone when facts are missing or change often', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const a = assess({ ...p, knowledgeChange: 'weekly' });
        expect(a.approach).not.toBe('fine_tune');
        if (a.approach === 'hybrid') expect(a.components).toContain('rag');
      }),
      runs,
    );
  });

  it('is less confident when the same values were assumed rather than given', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const given = assess(TaskProfile.parse(p));
        const assumed = assess(p);
        expect(given.scores).toEqual(assumed.scores);
        expect(given.defaultsAssumed).toEqual([]);
        if (assumed.defaultsAssumed.length > 0) {
          expect(assumed.confidence).toBeLessThan(given.confidence);
        }
      }),
      runs,
    );
  });
});
