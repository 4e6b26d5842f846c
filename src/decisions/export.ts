import { decisionsCsv } from '../../blocks/decisions-csv.js';
import { buildExportFailed } from '../../blocks/delivery-notices.js';
import type { LogQuery } from '../../blocks/log-query.js';
import { decisionRecordMarkdown } from '../../blocks/record-markdown.js';
import { slackFailure } from '../slack-errors.js';
import { listDecisions, type Viewer } from '../store/decision-queries.js';
import { getDecision } from '../store/decisions.js';
import { listEvents } from '../store/events.js';
import type { Ctx } from './context.js';
import { dmWith } from './dm.js';
import { filterFor } from './log.js';

/**
 * An export is a file in the requester's DM, outside the conversation it was asked from, so a
 * private decision goes into it only for the person who asked for that decision.
 */
const leavingTheConversation = (viewer: Viewer): Viewer => ({ userId: viewer.userId });

/** More rows than anyone reads in a spreadsheet; the export says when it stopped there. */
export const EXPORT_LIMIT = 50_000;

/** Sends a file to the person's DM; what to tell them: `sent`, or why it could not go. */
async function sendFile(
  ctx: Ctx,
  userId: string,
  file: { filename: string; content: string; comment: string },
  sent: string,
): Promise<string> {
  try {
    const channel = await dmWith(ctx, userId);
    await ctx.client.filesUploadV2({
      channel_id: channel,
      file: Buffer.from(file.content, 'utf8'),
      filename: file.filename,
      title: file.filename,
      initial_comment: file.comment,
    });
    return sent;
  } catch (error) {
    const why = slackFailure(error);
    ctx.logger.warn(`Export for <@${userId}> not sent: ${why}`);
    return buildExportFailed(why);
  }
}

/** `/decisions export [query]`: the selected decisions as CSV, in a DM. Returns what to tell the person. */
export async function exportCsv(ctx: Ctx, viewer: Viewer, q: LogQuery): Promise<string> {
  const rows = listDecisions(
    ctx.db,
    leavingTheConversation(viewer),
    filterFor(ctx.db, q, viewer, ctx.now()),
    {
      limit: EXPORT_LIMIT + 1,
      offset: 0,
    },
  );
  const shown = rows.slice(0, EXPORT_LIMIT);
  const capped =
    rows.length > EXPORT_LIMIT
      ? ` (the first ${EXPORT_LIMIT.toLocaleString('en-US')}; narrow the query for the rest)`
      : '';
  const comment = `${shown.length} decision${shown.length === 1 ? '' : 's'}${capped}.`;
  const filename = `decisions-${ctx.now().toISOString().slice(0, 10)}.csv`;
  const file = { filename, content: decisionsCsv(shown), comment };
  return sendFile(ctx, viewer.userId, file, `Sent you a CSV of ${comment}`);
}

/** `/decisions #42 export`: a Markdown decision record in a DM, if the viewer may see it. */
export async function exportRecord(ctx: Ctx, viewer: Viewer, id: number): Promise<string> {
  const [visible] = listDecisions(
    ctx.db,
    leavingTheConversation(viewer),
    { id },
    { limit: 1, offset: 0 },
  );
  const d = visible && getDecision(ctx.db, id);
  if (!d) return `There is no decision #${id} here.`;
  const file = {
    filename: `decision-${id}.md`,
    content: decisionRecordMarkdown(d, listEvents(ctx.db, id)),
    comment: `Decision record #${id}.`,
  };
  return sendFile(ctx, viewer.userId, file, `Sent you the decision record of #${id}.`);
}
