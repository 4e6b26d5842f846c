import type { App } from '@slack/bolt';
import { z } from 'zod';
import { INPUT_ACTION, OUTCOME_FIELDS, VIEWS } from '../../../blocks/ids.js';
import { afterChange } from '../../decisions/changed.js';
import { scheduleFollowUp } from '../../decisions/follow-up.js';
import { MAX_PERIOD_DAYS, MIN_PERIOD_DAYS } from '../../reminders/due-time.js';
import { getDecision } from '../../store/decisions.js';
import { OPEN_STATUSES } from '../../store/lifecycle.js';
import { contextOf, type Deps } from '../deps.js';
import { StateValues } from './assessment-form.js';

const Metadata = z.object({ decisionId: z.number().int().positive() });

export function register(app: App, deps: Deps): void {
  app.view(VIEWS.followUpDate, async ({ ack, body, view, client, logger }) => {
    const { decisionId } = Metadata.parse(JSON.parse(view.private_metadata));
    const raw = StateValues.parse(view.state.values)[OUTCOME_FIELDS.days]?.[INPUT_ACTION]?.value;
    const days = Number(raw);
    const d = getDecision(deps.db, decisionId);
    let error: string | undefined;
    if (!Number.isInteger(days) || days < MIN_PERIOD_DAYS || days > MAX_PERIOD_DAYS) {
      error = `Enter a whole number of days from ${MIN_PERIOD_DAYS} to ${MAX_PERIOD_DAYS}.`;
    } else if (!d || !OPEN_STATUSES.includes(d.status)) {
      error = `Decision #${decisionId} is ${d?.status ?? 'gone'}: there is no follow-up to move.`;
    }
    if (error || !d) {
      await ack({
        response_action: 'errors',
        errors: { [OUTCOME_FIELDS.days]: error ?? 'Not found.' },
      });
      return;
    }
    await ack();
    const ctx = contextOf(deps, client, logger);
    await scheduleFollowUp(ctx, d, body.user.id, days);
    await afterChange(ctx, d.id, body.user.id);
  });
}
