import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { buildAssessmentModal } from '../../../blocks/assessment-modal.js';
import { ACTIONS } from '../../../blocks/ids.js';
import { contextOf, type Deps } from '../../decisions/context.js';
import { homeOrigin } from '../../decisions/home.js';
import { openView } from '../../slack-send.js';

/** New assessment, on App Home: the form, its advice going to the person's DM with the app. */
export function register(app: App, deps: Deps): void {
  app.action<BlockAction<ButtonAction>>(
    ACTIONS.newAssessment,
    async ({ ack, body, client, logger }) => {
      await ack();
      const origin = await homeOrigin(contextOf(deps, client, logger), body.user.id);
      await openView(client, body.trigger_id, buildAssessmentModal({}, origin));
    },
  );
}
