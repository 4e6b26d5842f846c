import type { App } from '@slack/bolt';
import { buildAssessmentModal } from '../../../blocks/assessment-modal.js';
import { COMMANDS } from '../../../blocks/ids.js';
import { openView } from '../../slack-send.js';

/**
 * A DM, group DM or private channel. Slash commands name them `directmessage`, `mpdm-...`
 * and `privategroup`; older private conversations also have ids starting with D or G.
 */
function isPrivateConversation(channelId: string, channelName: string | undefined): boolean {
  const name = channelName ?? '';
  return (
    /^[DG]/.test(channelId) ||
    name === 'directmessage' ||
    name === 'privategroup' ||
    name.startsWith('mpdm-')
  );
}

/** `/finetune-or-prompt [task]`: opens the assessment modal at once, the task prefilled. */
export function register(app: App): void {
  app.command(COMMANDS.assess, async ({ ack, command, client }) => {
    await ack();
    const origin = {
      channel: command.channel_id,
      private: isPrivateConversation(command.channel_id, command.channel_name),
      ...(command.channel_name ? { name: command.channel_name } : {}),
    };
    const task = command.text.trim().slice(0, 3000);
    await openView(client, command.trigger_id, buildAssessmentModal(task ? { task } : {}, origin));
  });
}
