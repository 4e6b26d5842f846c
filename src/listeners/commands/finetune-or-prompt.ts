import type { App } from '@slack/bolt';
import { buildAssessmentModal } from '../../../blocks/assessment-modal.js';
import { COMMANDS } from '../../../blocks/ids.js';
import { openForm } from '../open-form.js';

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

/**
 * `/finetune-or-prompt [task]`: opens the assessment modal at once, the task prefilled. When
 * Slack does not open it, the person is told privately, with what they typed.
 */
export function register(app: App): void {
  app.command(COMMANDS.assess, async ({ ack, command, client, respond, logger }) => {
    await ack();
    const origin = {
      channel: command.channel_id,
      private: isPrivateConversation(command.channel_id, command.channel_name),
      ...(command.channel_name ? { name: command.channel_name } : {}),
    };
    const typed = command.text.trim();
    const task = typed.slice(0, 3000);
    await openForm(
      { client, respond, logger, userId: command.user_id },
      command.trigger_id,
      buildAssessmentModal(task ? { task } : {}, origin),
      `Nothing was saved. Run \`${COMMANDS.assess}\` again in a moment.`,
      typed,
    );
  });
}
