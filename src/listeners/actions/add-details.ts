import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { buildAssessmentModal } from '../../../blocks/assessment-modal.js';
import { readForm, StateValues } from '../../../blocks/form-state.js';
import { ACTIONS } from '../../../blocks/ids.js';
import { Origin, readMetadata } from '../../../blocks/modal-metadata.js';
import { updateView } from '../../slack-send.js';

/** Add details: the form again with its second step showing, keeping what was typed. */
export function register(app: App): void {
  app.action<BlockAction<ButtonAction>>(ACTIONS.addDetails, async ({ ack, body, client }) => {
    await ack();
    const view = body.view;
    if (!view) return;
    const origin = readMetadata(Origin, view.private_metadata);
    const typed = readForm(StateValues.parse(view.state?.values ?? {}));
    await updateView(client, view.id, buildAssessmentModal(typed, origin, true), view.hash);
  });
}
