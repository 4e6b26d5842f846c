import type { KnownBlock, View } from '@slack/types';

type Answer = string | number | string[] | null | undefined;

/**
 * The `view.state.values` Slack would send for `view` with these answers: each input block
 * gets the shape its element type has (value, selected_option, selected_options).
 */
export function formState(
  view: View,
  answers: Record<string, Answer>,
): Record<string, Record<string, unknown>> {
  const values: Record<string, Record<string, unknown>> = {};
  for (const block of view.blocks as KnownBlock[]) {
    if (block.type !== 'input' || !block.block_id) continue;
    const el = block.element as {
      type: string;
      action_id: string;
      options?: { text: unknown; value: string }[];
    };
    const answer = answers[block.block_id];
    const pick = (v: string) =>
      el.options?.find((o) => o.value === v) ?? { text: { type: 'plain_text', text: v }, value: v };
    let state: Record<string, unknown>;
    switch (el.type) {
      case 'checkboxes': {
        const list =
          answer === undefined || answer === null
            ? []
            : Array.isArray(answer)
              ? answer
              : [String(answer)];
        state = { type: el.type, selected_options: list.map(pick) };
        break;
      }
      case 'static_select':
      case 'radio_buttons':
        state = {
          type: el.type,
          selected_option: answer === undefined || answer === null ? null : pick(String(answer)),
        };
        break;
      default:
        state = {
          type: el.type,
          value: answer === undefined || answer === null ? null : String(answer),
        };
    }
    values[block.block_id] = { [el.action_id]: state };
  }
  return values;
}
