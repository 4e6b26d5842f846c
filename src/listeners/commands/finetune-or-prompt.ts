import type { App } from '@slack/bolt';
import { buildAssessmentModal } from '../../../blocks/assessment-modal.js';
import { COMMANDS } from '../../../blocks/ids.js';
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
    // Sent as the JSON string Slack's API takes: the SDK would otherwise walk the whole form
    // object twice (a debug-log copy and the encoding), the largest cost of this command.
    await client.apiCall('views.open', {
      trigger_id: command.trigger_id,
      view: JSON.stringify(view),
    });
  });
}
