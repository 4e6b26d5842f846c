import type { App } from '@slack/bolt';
import { buildAssessmentModal } from '../../../blocks/assessment-modal.js';
import { COMMANDS } from '../../../blocks/ids.js';
import { openView } from '../../slack-send.js';
import { isPrivateConversation, type Origin } from '../origin.js';

/** `/finetune-or-prompt [task]`: opens the assessment modal at once, the task prefilled. */
export function register(app: App): void {
  app.command(COMMANDS.assess, async ({ ack, command, client }) => {
    await ack();
    const origin: Origin = {
      channel: command.channel_id,
      private: isPrivateConversation(command.channel_id, command.channel_name),
    };
    const task = command.text.trim().slice(0, 3000);
    const view = buildAssessmentModal(task ? { task } : {}, JSON.stringify(origin));
    await openView(client, command.trigger_id, view);
  });
}
