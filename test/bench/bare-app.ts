// The baseline for the Slack benchmark: a Bolt app that does nothing but ack and make the
// one Web API call the real app makes, so the difference is the app's own work.
import { App, LogLevel } from '@slack/bolt';
import { COMMANDS, VIEWS } from '../../blocks/ids.js';

const env = process.env;
const app = new App({
  token: env.SLACK_BOT_TOKEN,
  signingSecret: env.SLACK_SIGNING_SECRET ?? '',
  clientOptions: { slackApiUrl: env.SLACK_API_URL },
  logLevel: LogLevel.ERROR,
});
app.command(COMMANDS.assess, async ({ ack, command, client }) => {
  await ack();
  await client.views.open({
    trigger_id: command.trigger_id,
    view: {
      type: 'modal',
      title: { type: 'plain_text', text: command.text.slice(0, 24) },
      blocks: [],
    },
  });
});
app.view(VIEWS.assessment, async ({ ack, view, client }) => {
  await ack();
  await client.chat.postMessage({ channel: 'C0BENCH', text: JSON.stringify(view.state.values) });
});
await app.start(Number(env.PORT));
console.log('bare app is running');
