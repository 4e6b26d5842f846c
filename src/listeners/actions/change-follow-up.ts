import type { App } from '@slack/bolt';
import { differenceInCalendarDays } from 'date-fns';
import { ACTIONS } from '../../../blocks/ids.js';
import { buildFollowUpDateModal } from '../../../blocks/outcome-modals.js';
import { clampPeriod } from '../../reminders/due-time.js';
import { reminderFor } from '../../store/reminders.js';
import type { Deps } from '../deps.js';
import { type ButtonBody, decisionOf, missing } from './decision-button.js';

/** Change follow-up: when the app asks how it went, 1 day to 12 weeks from now. */
export function register(app: App, deps: Deps): void {
  app.action<ButtonBody>(ACTIONS.changeFollowUp, async ({ ack, action, body, client, respond }) => {
    await ack();
    const d = decisionOf(deps.db, action);
    if (!d) return void (await respond(missing(action)));
    const r = reminderFor(deps.db, d.id);
    const days = r
      ? differenceInCalendarDays(r.dueAt, deps.now())
      : d.assessment.evaluation.periodDays;
    await client.views.open({
      trigger_id: body.trigger_id,
      view: buildFollowUpDateModal(d.id, clampPeriod(days)),
    });
  });
}
