import type { App } from '@slack/bolt';
import { ACTIONS } from '../../../blocks/ids.js';
import { afterChange } from '../../decisions/changed.js';
import { scheduleFollowUp } from '../../decisions/follow-up.js';
import { getDecision, transition } from '../../store/decisions.js';
import type { Decision, DecisionStatus } from '../../store/schema.js';
import { contextOf, type Deps } from '../deps.js';
import { type ButtonBody, decisionOf, missing, privately, seenStatus } from './decision-button.js';

interface StatusButton {
  action: string;
  to: DecisionStatus;
  patch?: (d: Decision) => { adoptedApproach: Decision['recommendedApproach'] };
}

/** Buttons that only move a decision along its lifecycle. */
const BUTTONS: StatusButton[] = [
  {
    action: ACTIONS.adopt,
    to: 'adopted',
    patch: (d) => ({ adoptedApproach: d.recommendedApproach }),
  },
  { action: ACTIONS.startEvaluation, to: 'evaluating' },
  { action: ACTIONS.abandon, to: 'abandoned' },
];

export function register(app: App, deps: Deps): void {
  for (const b of BUTTONS) {
    app.action<ButtonBody>(b.action, async ({ ack, action, body, client, respond, logger }) => {
      await ack();
      const d = decisionOf(deps.db, action);
      if (!d) return void (await respond(missing(action)));
      const patch = b.patch?.(d);
      const change = {
        actorId: body.user.id,
        at: deps.now(),
        kind: b.to,
        details: patch ? { approach: patch.adoptedApproach } : {},
      };
      if (!transition(deps.db, d.id, b.to, change, patch, seenStatus(action))) {
        const now = getDecision(deps.db, d.id)?.status ?? 'gone';
        await respond(
          privately(`Decision #${d.id} is ${now} now, so it was not ${b.to}; nothing changed.`),
        );
        return;
      }
      const ctx = contextOf(deps, client, logger);
      if (b.to === 'adopted') await scheduleFollowUp(ctx, d, body.user.id);
      await afterChange(ctx, d.id, body.user.id);
    });
  }
}
