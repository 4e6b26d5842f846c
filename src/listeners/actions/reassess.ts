import type { App } from '@slack/bolt';
import { buildAssessmentModal } from '../../../blocks/assessment-modal.js';
import { ACTIONS } from '../../../blocks/ids.js';
import type { Deps } from '../../decisions/context.js';
import { reassessmentOf } from '../../decisions/lookup.js';
import { opensModal } from './decision-button.js';

/** Re-assess: the assessment modal again, prefilled with this decision's answers. */
export function register(app: App, deps: Deps): void {
  opensModal(app, deps, ACTIONS.reassess, (d, { ctx }) => {
    const { profile, origin } = reassessmentOf(ctx, d);
    return buildAssessmentModal(profile, origin);
  });
}
