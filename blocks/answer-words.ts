import { FIELD_LABELS, formatCount, type ProfileField, TaskProfile } from '../src/engine/index.js';
import { OPTIONS } from './form-options.js';

// An answer of the form in the form's own words: the label it was asked under and the choice
// as it was offered, never a field name or a stored value.

const DEFAULTS = TaskProfile.parse({ task: 'x' });

/** What an empty number or yes/no answer stands for, as the form's hints say it. */
const EMPTY: Partial<Record<ProfileField, string>> = {
  qualityPct: 'not measured',
  mainGaps: 'nothing specific',
  monthlyCalls: 'not known, so no cost estimate',
  latencyTargetMs: 'no limit',
  outputTokens: 'typical for the kind of task',
  safetyCritical: 'no',
};

const UNITS: Partial<Record<ProfileField, (n: number) => string>> = {
  qualityPct: (n) => `${n}% of the target`,
  labeledExamples: (n) => `${formatCount(n)} examples`,
  staticPromptTokens: (n) => `about ${formatCount(n)} tokens`,
  outputTokens: (n) => `about ${formatCount(n)} tokens`,
  monthlyCalls: (n) => `${formatCount(n)} calls a month`,
  latencyTargetMs: (n) => `${formatCount(n)} ms for 95 calls in 100`,
};

/** One answer as the form offered it: "Every few months", "600 examples", "not measured". */
export function answerWords(field: ProfileField, value: unknown): string {
  const choices = (OPTIONS as Record<string, Record<string, string>>)[field];
  if (Array.isArray(value)) {
    if (value.length === 0) return EMPTY[field] ?? 'none';
    return value.map((v) => choices?.[String(v)] ?? String(v)).join('; ');
  }
  if (value === null || value === undefined || value === false) return EMPTY[field] ?? 'none';
  if (value === true) return 'yes';
  if (typeof value === 'number') return UNITS[field]?.(value) ?? formatCount(value);
  return choices?.[String(value)] ?? String(value);
}

/** "Kind of task: Extract fields from text", "What goes wrong today? Tone or voice is off". */
export function answerLine(field: ProfileField, value: unknown): string {
  const label = FIELD_LABELS[field];
  return `${label}${label.endsWith('?') ? '' : ':'} ${answerWords(field, value)}`;
}

/** A question left empty, with the answer the advice assumed for it. */
export const assumedLine = (field: ProfileField) => answerLine(field, DEFAULTS[field]);

export const isProfileField = (name: string): name is ProfileField => name in FIELD_LABELS;
