import type { InputBlock, PlainTextOption } from '@slack/types';
import { OPTIONS } from './form-options.js';
import { type FormField, INPUT_ACTION } from './ids.js';
import { plain } from './text.js';

// The input blocks of the assessment form: each block_id is the profile field it collects.

type Choice = keyof typeof OPTIONS;

export const option = (value: string, label: string): PlainTextOption => ({
  text: plain(label, 75),
  value,
});
export const optionsOf = (field: Choice) =>
  Object.entries(OPTIONS[field]).map(([v, l]) => option(v, l));
export const chosen = (field: Choice, value: unknown) =>
  typeof value === 'string' && value in OPTIONS[field]
    ? option(value, (OPTIONS[field] as Record<string, string>)[value] ?? value)
    : undefined;

export function input(
  field: FormField,
  label: string,
  element: InputBlock['element'],
  hint?: string,
  optional = true,
): InputBlock {
  return {
    type: 'input',
    block_id: field,
    label: plain(label, 2000),
    element,
    optional,
    ...(hint ? { hint: plain(hint, 2000) } : {}),
  };
}

export function select(
  field: Choice,
  label: string,
  initial: unknown,
  hint: string,
  kind: 'static_select' | 'radio_buttons' = 'static_select',
): InputBlock {
  const initial_option = chosen(field, initial);
  const element =
    kind === 'radio_buttons'
      ? {
          type: kind,
          action_id: INPUT_ACTION,
          options: optionsOf(field),
          ...(initial_option ? { initial_option } : {}),
        }
      : {
          type: kind,
          action_id: INPUT_ACTION,
          options: optionsOf(field),
          placeholder: plain('Choose'),
          ...(initial_option ? { initial_option } : {}),
        };
  return input(field, label, element, hint, field !== 'promptingMaturity');
}

export function number(
  field: FormField,
  label: string,
  initial: unknown,
  hint: string,
  max?: number,
): InputBlock {
  return input(
    field,
    label,
    {
      type: 'number_input',
      action_id: INPUT_ACTION,
      is_decimal_allowed: false,
      min_value: '0',
      ...(max === undefined ? {} : { max_value: String(max) }),
      ...(typeof initial === 'number' && Number.isFinite(initial)
        ? { initial_value: String(initial) }
        : {}),
    },
    hint,
  );
}
