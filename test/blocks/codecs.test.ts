import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decisionValue, readDecisionValue } from '../../blocks/button-value.js';
import { StateValues } from '../../blocks/form-state.js';
import { DecisionMeta, OutcomeRef, readMetadata } from '../../blocks/modal-metadata.js';
import {
  readFollowUpDays,
  readOutcomeForm,
  readOverrideForm,
} from '../../blocks/outcome-form-state.js';
import {
  buildDidNotWorkModal,
  buildFollowUpDateModal,
  buildWorkedModal,
} from '../../blocks/outcome-modals.js';
import { buildOverrideModal } from '../../blocks/override-modal.js';
import { buildPostFailed, readAttempt } from '../../blocks/post-failed.js';
import { DECISION_STATUSES } from '../../src/domain/index.js';
import { formState } from '../support/form-state.js';

const values = (view: Parameters<typeof formState>[0], answers: Parameters<typeof formState>[1]) =>
  StateValues.parse(formState(view, answers));

describe('button values', () => {
  it('read back the decision and the status they were drawn with', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999_999_999_999 }),
        fc.option(fc.constantFrom(...DECISION_STATUSES), { nil: undefined }),
        (id, seen) => {
          expect(readDecisionValue(decisionValue(id, seen))).toEqual(seen ? { id, seen } : { id });
        },
      ),
    );
  });

  it('carry the confirmation of acting for the requester, and a retry its attempt', () => {
    expect(readDecisionValue(decisionValue(42, 'proposed', true))).toEqual({
      id: 42,
      seen: 'proposed',
      onBehalf: true,
    });
    expect(readDecisionValue('42@proposed')).toEqual({ id: 42, seen: 'proposed' });
    const failed = buildPostFailed(7, 'C1', 'not_in_channel', {
      again: { attempt: 3, at: new Date(0) },
    });
    expect(readAttempt(failed.blocks[1]?.block_id)).toBe(3);
    expect(readAttempt(buildPostFailed(7, 'C1', 'x').blocks[1]?.block_id)).toBe(1);
    expect(readAttempt('block_decision_repost')).toBe(1);
  });

  it('name no decision when the value is not one of theirs, and no status it does not know', () => {
    expect(readDecisionValue('{"q":"x"}')).toBeUndefined();
    expect(readDecisionValue(undefined)).toBeUndefined();
    expect(readDecisionValue('42@nonsense')).toEqual({ id: 42 });
  });
});

describe('private_metadata', () => {
  it('carries the decision, and the message a follow-up answer redraws', () => {
    const message = { channel: 'C1', ts: '1.2' };
    expect(readMetadata(DecisionMeta, buildOverrideModal(7, 'rag').private_metadata ?? '')).toEqual(
      {
        decisionId: 7,
      },
    );
    expect(
      readMetadata(OutcomeRef, buildWorkedModal({ decisionId: 7, message }).private_metadata ?? ''),
    ).toEqual({ decisionId: 7, message });
    expect(() => readMetadata(DecisionMeta, '{"decisionId":-1}')).toThrow();
  });
});

describe('outcome, override and follow-up forms', () => {
  it('read what was typed, leaving out what was left empty', () => {
    const view = buildWorkedModal({ decisionId: 1 });
    expect(readOutcomeForm(values(view, { quality_pct: 96, notes: ' ok ' }), 'succeeded')).toEqual({
      ok: true,
      value: { qualityPct: 96, notes: 'ok' },
    });
  });

  it('name the field that is wrong: a quality over 200, a failure without a word', () => {
    const view = buildDidNotWorkModal({ decisionId: 1 });
    const r = readOutcomeForm(values(view, { quality_pct: 250 }), 'failed');
    expect(r.ok ? [] : Object.keys(r.errors).sort()).toEqual(['notes', 'quality_pct']);
  });

  it('want an approach and a reason of a sentence for an override', () => {
    const view = buildOverrideModal(1, 'fine_tune');
    expect(readOverrideForm(values(view, { approach: 'rag', reason: 'Facts change' }))).toEqual({
      ok: true,
      value: { approach: 'rag', reason: 'Facts change' },
    });
    const r = readOverrideForm(values(view, { approach: 'nonsense', reason: 'no' }));
    expect(r.ok ? [] : Object.keys(r.errors).sort()).toEqual(['approach', 'reason']);
  });

  it('take a follow-up from 1 day to 12 weeks, in whole days', () => {
    const view = buildFollowUpDateModal(1, 14);
    const days = (n: number) => readFollowUpDays(values(view, { days: n })).ok;
    expect([0, 1, 2, 83, 84, 85, 1.5].map(days)).toEqual([
      false,
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it('take a reported quality from 0 to 200%, in whole numbers', () => {
    const view = buildWorkedModal({ decisionId: 1 });
    const quality = (n: number) => readOutcomeForm(values(view, { quality_pct: n }), 'succeeded');
    expect([-1, 0, 1, 199, 200, 201, 92.5].map((n) => quality(n).ok)).toEqual([
      false,
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(quality(200)).toEqual({ ok: true, value: { qualityPct: 200 } });
  });

  it('want a reason of at least 3 characters for an override, and keep at most 1,000', () => {
    const view = buildOverrideModal(1, 'fine_tune');
    const reason = (text: string) =>
      readOverrideForm(values(view, { approach: 'rag', reason: text }));
    expect(['ab', 'abc', 'abcd'].map((r) => reason(r).ok)).toEqual([false, true, true]);
    const long = reason('x'.repeat(1001));
    expect(long.ok && long.value.reason).toBe('x'.repeat(1000));
    const exact = reason('y'.repeat(1000));
    expect(exact.ok && exact.value.reason).toBe('y'.repeat(1000));
  });
});
