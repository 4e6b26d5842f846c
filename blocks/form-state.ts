import { z } from 'zod';
import { TaskProfile, type TaskProfileInput } from '../src/engine/index.js';
import { SAFETY_OPTION } from './form-options.js';
import { FORM_FIELDS, type FormField, INPUT_ACTION } from './ids.js';

// Reads back the assessment modal's state (view.state.values) as a task profile.

const Element = z.object({
  type: z.string(),
  value: z.string().nullish(),
  selected_option: z.object({ value: z.string() }).nullish(),
  selected_options: z.array(z.object({ value: z.string() })).nullish(),
});
export const StateValues = z.record(z.string(), z.record(z.string(), Element));
export type StateValues = z.infer<typeof StateValues>;

/** What a submitted form says: the answers, or an error message per block_id. */
export type FormAnswer<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string> };

/** The trimmed text of one input block, or undefined when it was left empty. */
export const textOf = (values: StateValues, blockId: string) =>
  values[blockId]?.[INPUT_ACTION]?.value?.trim() || undefined;

const NUMBERS = new Set<FormField>([
  'qualityPct',
  'labeledExamples',
  'staticPromptTokens',
  'monthlyCalls',
  'latencyTargetMs',
]);

const MESSAGES: Partial<Record<FormField, string>> = {
  task: 'Describe the task in 1 to 3,000 characters.',
  promptingMaturity: 'Choose how good your best prompt is so far.',
  qualityPct: 'Enter a whole percentage from 0 to 100.',
  labeledExamples: 'Enter a whole number, 0 or more.',
  staticPromptTokens: 'Enter a whole number of tokens, 0 or more.',
  monthlyCalls: 'Enter a whole number of calls, 0 or more.',
  latencyTargetMs: 'Enter a whole number of milliseconds, more than 0.',
};

/** The profile fields the person filled in; anything left empty is absent, so takes its default. */
export function readForm(values: StateValues): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of FORM_FIELDS) {
    const el = values[field]?.[INPUT_ACTION];
    if (!el) continue;
    if (field === 'mainGaps') {
      const picked = el.selected_options?.map((o) => o.value) ?? [];
      if (picked.length > 0) out[field] = picked;
    } else if (field === 'safetyCritical') {
      if (el.selected_options?.some((o) => o.value === SAFETY_OPTION)) out[field] = true;
    } else if (el.selected_option) {
      out[field] = el.selected_option.value;
    } else if (el.value != null && el.value.trim() !== '') {
      out[field] = NUMBERS.has(field) ? Number(el.value.trim()) : el.value;
    }
  }
  return out;
}

export type FormResult =
  | { ok: true; profile: TaskProfile; input: TaskProfileInput }
  | { ok: false; errors: Record<string, string> };

/** Validates the form; errors are keyed by block_id, as `response_action: "errors"` wants. */
export function parseForm(values: StateValues): FormResult {
  const input = readForm(values);
  const result = TaskProfile.safeParse(input);
  if (result.success) return { ok: true, profile: result.data, input: input as TaskProfileInput };
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? 'task') as FormField;
    errors[field] ??= MESSAGES[field] ?? 'Choose one of the options.';
  }
  return { ok: false, errors };
}
