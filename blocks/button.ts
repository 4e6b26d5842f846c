import type { Button, ConfirmationDialog } from '@slack/types';
import { plain } from './text.js';

export function button(
  action_id: string,
  text: string,
  value: string,
  style?: 'primary' | 'danger',
  confirm?: ConfirmationDialog,
): Button {
  return {
    type: 'button',
    action_id,
    text: plain(text, 75),
    value,
    ...(style ? { style } : {}),
    ...(confirm ? { confirm } : {}),
  };
}

/** The dialog Slack shows before a click takes effect. */
export const confirmDialog = (
  title: string,
  text: string,
  go: string,
  style?: 'danger',
): ConfirmationDialog => ({
  title: plain(title, 100),
  text: plain(text, 300),
  confirm: plain(go, 30),
  deny: plain('Cancel', 30),
  ...(style ? { style } : {}),
});
