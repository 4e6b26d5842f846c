import { buildCopy, buildUpdateFailed } from '../../blocks/delivery-notices.js';
import { buildPostFailed } from '../../blocks/post-failed.js';
import type { Settlement } from '../outbox/worker.js';
import { getDecision, setMessage } from '../store/decisions.js';
import type { Ctx } from './context.js';
import { followUpAsked, followUpNotAsked } from './follow-up-delivery.js';
import { republishHomes } from './home.js';
import { notice, owe, sendOwed } from './owed.js';
import { withPermalinks } from './permalinks.js';
import { redraw } from './refresh.js';

/**
 * What each message the outbox sends settles on the decision log, and whom it tells when a
 * message is finally given up: always a DM to the person concerned.
 */
export function outboxSettlement(ctxOf: () => Ctx): Settlement {
  return {
    sent(row, result) {
      const ctx = ctxOf();
      const about = row.about;
      if (about?.kind === 'recommendation') {
        const channel = String(result.channel ?? row.args.channel);
        setMessage(ctx.db, about.decisionId, channel, String(result.ts), {
          actorId: about.actorId,
          at: ctx.now(),
        });
      }
      if (about?.kind === 'follow_up')
        return followUpAsked(ctx, about.decisionId, String(result.ts));
      return [];
    },

    givenUp(row, why) {
      const ctx = ctxOf();
      const about = row.about;
      const channel = String(row.args.channel);
      switch (about?.kind) {
        case 'recommendation': {
          const d = getDecision(ctx.db, about.decisionId);
          if (!d) return [];
          // Once per decision: a later "Post it now" that fails again is answered where it was pressed.
          const note = buildPostFailed(d.id, d.channelId, why.error, { uncertain: why.uncertain });
          return owe(ctx, [notice(`post-failed:${d.id}`, d.requesterId, note)]);
        }
        case 'card':
          return owe(ctx, [
            notice(
              `update-failed:${row.id}`,
              about.actorId,
              buildUpdateFailed(about.decisionId, channel, why.error),
            ),
          ]);
        case 'follow_up':
          return followUpNotAsked(ctx, row, about.decisionId, why);
        case 'post': {
          const message = {
            text: String(row.args.text),
            ...(typeof row.args.blocks === 'string' ? { blocks: JSON.parse(row.args.blocks) } : {}),
          };
          return owe(ctx, [
            notice(`copy:${row.id}`, about.userId, buildCopy(message, channel, why.error)),
          ]);
        }
        default:
          return [];
      }
    },

    async after(row) {
      const ctx = ctxOf();
      const about = row.about;
      // A re-assessment posted: the message it supersedes is redrawn with a link to it (only
      // then is the decision read back, so a first post costs nothing more).
      if (about?.kind === 'recommendation' && about.supersedes) {
        const d = getDecision(ctx.db, about.decisionId);
        if (!d?.messageTs) return;
        await withPermalinks(ctx.client, ctx.db, [d]);
        const previous = about.supersedes;
        await sendOwed(
          ctx,
          ctx.db.transaction(() => owe(ctx, redraw(ctx, previous, about.actorId))),
          about.actorId,
        );
      }
      // A follow-up asked (or not) changes what App Home lists as due.
      if (about?.kind !== 'follow_up') return;
      const requester = getDecision(ctx.db, about.decisionId)?.requesterId;
      if (requester) await republishHomes(ctx, [requester]);
    },
  };
}
