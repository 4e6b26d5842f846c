import type { OutcomeReport } from '../src/domain/index.js';
import {
  isPeriod,
  MAX_PERIOD_DAYS,
  MAX_REPORTED_QUALITY_PCT,
  MIN_PERIOD_DAYS,
} from '../src/domain/index.js';
import { APPROACHES, type Approach } from '../src/engine/index.js';
import { type FormAnswer, type StateValues, textOf } from './form-state.js';
import { INPUT_ACTION, OUTCOME_FIELDS, OVERRIDE_FIELDS } from './ids.js';

// Reads back the override, outcome and follow-up date modals, with a message per bad field.

export function readOverrideForm(
  values: StateValues,
): FormAnswer<{ approach: Approach; reason: string }> {
  const picked = values[OVERRIDE_FIELDS.approach]?.[INPUT_ACTION]?.selected_option?.value;
  const approach = APPROACHES.find((a) => a === picked);
  const reason = textOf(values, OVERRIDE_FIELDS.reason) ?? '';
  const errors: Record<string, string> = {};
  if (!approach) errors[OVERRIDE_FIELDS.approach] = 'Choose what the team will do instead.';
  if (reason.length < 3)
    errors[OVERRIDE_FIELDS.reason] = 'Say why, in a sentence: it goes into the decision log.';
  return approach && reason.length >= 3
    ? { ok: true, value: { approach, reason: reason.slice(0, 1000) } }
    : { ok: false, errors };
}

/** Worked / Didn't work: a failure must say what failed, since the next assessment starts there. */
export function readOutcomeForm(
  values: StateValues,
  outcome: 'succeeded' | 'failed',
): FormAnswer<OutcomeReport> {
  const quality = textOf(values, OUTCOME_FIELDS.qualityPct);
  const qualityPct = quality === undefined ? undefined : Number(quality);
  const notes = textOf(values, OUTCOME_FIELDS.notes);
  const costNotes = textOf(values, OUTCOME_FIELDS.costNotes);
  const errors: Record<string, string> = {};
  if (
    qualityPct !== undefined &&
    !(Number.isInteger(qualityPct) && qualityPct >= 0 && qualityPct <= MAX_REPORTED_QUALITY_PCT)
  ) {
    errors[OUTCOME_FIELDS.qualityPct] =
      `Enter a whole percentage from 0 to ${MAX_REPORTED_QUALITY_PCT}.`;
  }
  if (outcome === 'failed' && !notes)
    errors[OUTCOME_FIELDS.notes] = 'Say what failed: the next assessment starts from it.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      ...(qualityPct === undefined ? {} : { qualityPct }),
      ...(costNotes === undefined ? {} : { costNotes }),
      ...(notes === undefined ? {} : { notes }),
    },
  };
}

export function readFollowUpDays(values: StateValues): FormAnswer<number> {
  const days = Number(values[OUTCOME_FIELDS.days]?.[INPUT_ACTION]?.value);
  return isPeriod(days)
    ? { ok: true, value: days }
    : {
        ok: false,
        errors: {
          [OUTCOME_FIELDS.days]: `Enter a whole number of days from ${MIN_PERIOD_DAYS} to ${MAX_PERIOD_DAYS}.`,
        },
      };
}
