import type { App } from '@slack/bolt';
import { buildAssessmentModal } from '../../../blocks/assessment-modal.js';
import { ACTIONS } from '../../../blocks/ids.js';
import { listEvents } from '../../store/events.js';
import type { Deps } from '../deps.js';
import type { Origin } from '../origin.js';
import { type ButtonBody, decisionOf, missing } from './decision-button.js';

/** Re-assess: the assessment modal again, prefilled with this decision's answers. */
export function register(app: App, deps: Deps): void {
  app.action<ButtonBody>(ACTIONS.reassess, async ({ ack, action, body, client, respond }) => {
    await ack();
    const d = decisionOf(deps.db, action);
    if (!d) return void (await respond(missing(action)));
    const origin: Origin = { channel: d.channelId, private: d.channelPrivate, reassessOf: d.id };
    // A quality measured since (reported with the outcome) replaces the one first given.
    const measured = listEvents(deps.db, d.id).findLast(
      (e) => typeof e.details.qualityPct === 'number',
    );
    const qualityPct = measured?.details.qualityPct as number | undefined;
    const profile =
      qualityPct === undefined
        ? d.profile
        : { ...d.profile, qualityPct: Math.min(100, qualityPct) };
    await client.views.open({
      trigger_id: body.trigger_id,
      view: buildAssessmentModal(profile, JSON.stringify(origin)),
    });
  });
}
