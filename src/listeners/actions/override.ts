import type { App } from '@slack/bolt';
import { ACTIONS } from '../../../blocks/ids.js';
import { buildOverrideModal } from '../../../blocks/override-modal.js';
import type { Deps } from '../../decisions/context.js';
import { opensModal } from './decision-button.js';

/** Choose differently: asks which approach instead, and why. */
export function register(app: App, deps: Deps): void {
  opensModal(app, deps, ACTIONS.override, (d, { input }) =>
    d.status === 'proposed'
      ? buildOverrideModal(d.id, d.recommendedApproach, {
          requesterId: d.requesterId,
          actorId: input.actorId,
        })
      : `Decision #${d.id} is already ${d.status}; nothing to choose.`,
  );
}
