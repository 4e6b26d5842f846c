import type { App } from '@slack/bolt';
import { ACTIONS } from '../../../blocks/ids.js';
import { buildFollowUpDateModal } from '../../../blocks/outcome-modals.js';
import type { Deps } from '../../decisions/context.js';
import { followUpDaysOf } from '../../decisions/lookup.js';
import { opensModal } from './decision-button.js';

/** Change follow-up: when the app asks how it went, 1 day to 12 weeks from now. */
export function register(app: App, deps: Deps): void {
  opensModal(app, deps, ACTIONS.changeFollowUp, (d, { ctx }) =>
    buildFollowUpDateModal(d.id, followUpDaysOf(ctx, d)),
  );
}
