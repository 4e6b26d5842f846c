import type { App } from '@slack/bolt';
import { buildDetailsModal } from '../../../blocks/details-modal.js';
import { ACTIONS } from '../../../blocks/ids.js';
import type { Deps } from '../../decisions/context.js';
import { opensModal } from './decision-button.js';

/** Details: every reason with its source, and the cost arithmetic. */
export function register(app: App, deps: Deps): void {
  opensModal(app, deps, ACTIONS.details, (d) => buildDetailsModal(d, d.assessment));
}
