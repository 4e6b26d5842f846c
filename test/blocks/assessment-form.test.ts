import type { InputBlock } from '@slack/types';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAssessmentModal } from '../../blocks/assessment-modal.js';
import { SAFETY_OPTION } from '../../blocks/form-options.js';
import { parseForm, readForm } from '../../blocks/form-state.js';
import { ACTIONS } from '../../blocks/ids.js';
import type { Origin } from '../../blocks/modal-metadata.js';
import { formState } from '../support/form-state.js';
import { profileArb } from '../support/profiles.js';

const ORIGIN: Origin = { channel: 'C0GENERAL', private: false, name: 'general' };

const blockOf = (id: string) =>
  buildAssessmentModal({}, ORIGIN, true).blocks.find((b) => b.block_id === id);
const inputIds = (view: { blocks: { type: string; block_id?: string }[] }) =>
  view.blocks.filter((b) => b.type === 'input').map((b) => b.block_id);

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

  it('asks only the six essentials first, says where the advice goes, and offers the details', () => {
    const view = buildAssessmentModal({}, ORIGIN);
    expect(inputIds(view)).toEqual([
      'task',
      'promptingMaturity',
      'mainGaps',
      'qualityPct',
      'labeledExamples',
      'evals',
    ]);
    expect(view.blocks[0]).toMatchObject({
      type: 'context',
      elements: [{ text: expect.stringContaining('will be posted in <#C0GENERAL>') }],
    });
    expect(view.submit?.text).toBe('Post to #general');
    expect(JSON.stringify(view.blocks)).toContain(ACTIONS.addDetails);
    expect(JSON.stringify(view.blocks)).not.toMatch(/Optional details|p95|Tokens of/);
  });

  it("names where the advice goes on the submit button, within Slack's 24 characters", () => {
    const submit = (o: Origin) => buildAssessmentModal({}, o).submit?.text;
    expect(submit({ channel: 'D0ADA', private: true, name: 'directmessage' })).toBe(
      'Post in this DM',
    );
    expect(submit({ channel: 'C1', private: false, name: 'a-very-long-channel-name' })).toBe(
      'Post to the channel',
    );
    expect(submit({ channel: 'G1', private: true, name: 'privategroup' })).toBe(
      'Post to the channel',
    );
    expect(submit({ channel: 'D0ADA', private: true, home: true })).toBe('Get advice in my DMs');
    const reassess = buildAssessmentModal({}, { ...ORIGIN, reassessOf: 7 });
    expect(JSON.stringify(reassess.blocks[0])).toContain('It replaces decision #7 there.');
  });

  it('opens with the details showing when one is already answered (a re-assessment)', () => {
    const view = buildAssessmentModal({ task: 't', monthlyCalls: 5000 }, ORIGIN);
    expect(inputIds(view)).toContain('monthlyCalls');
    expect(JSON.stringify(view.blocks)).not.toContain(ACTIONS.addDetails);
  });

  it('states the default of every optional detail', () => {
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
    const required = buildAssessmentModal({}, ORIGIN, true)
      .blocks.filter((b) => b.type === 'input' && !(b as InputBlock).optional)
      .map((b) => b.block_id);
    expect(required).toEqual(['task', 'promptingMaturity']);
  });

  it('names each bad field with what is allowed', () => {
    const view = buildAssessmentModal({}, ORIGIN, true);
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
