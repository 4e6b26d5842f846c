import type { InputBlock } from '@slack/types';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAssessmentModal } from '../../blocks/assessment-modal.js';
import { SAFETY_OPTION } from '../../blocks/form-options.js';
import { parseForm, readForm } from '../../blocks/form-state.js';
import type { Origin } from '../../blocks/modal-metadata.js';
import { formState } from '../support/form-state.js';
import { profileArb } from '../support/profiles.js';

const ORIGIN: Origin = { channel: 'C0GENERAL', private: false };

const blockOf = (id: string) =>
  buildAssessmentModal({}, ORIGIN).blocks.find((b) => b.block_id === id);

describe('assessment form', () => {
  it('reads back exactly the answers a prefilled modal shows (round trip)', () => {
    fc.assert(
      fc.property(profileArb, (profile) => {
        const view = buildAssessmentModal(profile, ORIGIN);
        const answers = {
          ...profile,
          safetyCritical: profile.safetyCritical ? [SAFETY_OPTION] : [],
        };
        const expected: Record<string, unknown> = { ...profile };
        if (!profile.safetyCritical) delete expected.safetyCritical;
        if (profile.mainGaps?.length === 0) delete expected.mainGaps;
        for (const [k, v] of Object.entries(expected)) if (v === null) delete expected[k];
        expect(readForm(formState(view, answers as never) as never)).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('puts the essentials first and states the default of every optional field', () => {
    const ids = buildAssessmentModal({}, ORIGIN).blocks.map((b) => b.block_id ?? b.type);
    expect(ids.slice(0, 6)).toEqual([
      'task',
      'promptingMaturity',
      'mainGaps',
      'qualityPct',
      'labeledExamples',
      'evals',
    ]);
    for (const id of [
      'taskType',
      'knowledgeChange',
      'consistency',
      'requestVariation',
      'dataSensitivity',
      'mlCapacity',
    ]) {
      expect(JSON.stringify(blockOf(id)), id).toContain('Leave empty for');
    }
  });

  it('requires only the task and the prompt maturity', () => {
    const required = buildAssessmentModal({}, ORIGIN)
      .blocks.filter((b) => b.type === 'input' && !(b as InputBlock).optional)
      .map((b) => b.block_id);
    expect(required).toEqual(['task', 'promptingMaturity']);
  });

  it('names each bad field with what is allowed', () => {
    const view = buildAssessmentModal({}, ORIGIN);
    const result = parseForm(
      formState(view, { task: 'ok', monthlyCalls: '1.5', latencyTargetMs: 0 }) as never,
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        monthlyCalls: 'Enter a whole number of calls, 0 or more.',
        latencyTargetMs: 'Enter a whole number of milliseconds, more than 0.',
      },
    });
  });
});
