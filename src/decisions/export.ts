import { decisionsCsv } from '../../blocks/decisions-csv.js';
import type { LogQuery } from '../../blocks/log-query.js';
import { decisionRecordMarkdown } from '../../blocks/record-markdown.js';
import { slackRefusal } from '../slack-errors.js';
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

/** Sends the file to the person's DM; when Slack refuses or does not answer, says why. */
async function sendFile(
  ctx: Ctx,
  userId: string,
  filename: string,
  content: string,
  comment: string,
): Promise<{ ok: true } | { ok: false; why: string }> {
  try {
    const channel = await dmWith(ctx, userId);
    await ctx.client.filesUploadV2({
      channel_id: channel,
      file: Buffer.from(content, 'utf8'),
      filename,
      title: filename,
      initial_comment: comment,
    });
    return { ok: true };
  } catch (error) {
    const refusal = slackRefusal(error);
    ctx.logger.warn(`Export ${filename} for ${userId} not sent: ${refusal ?? String(error)}`);
    return { ok: false, why: refusal ? `Slack answered \`${refusal}\`` : 'Slack did not answer' };
  }
}

/** What the person is told when the file did not reach them. */
const notSent = (what: string, why: string, again: string) =>
  `I couldn't send you ${what}: ${why}. Nothing was sent; run \`${again}\` again in a minute.`;

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
  const sent = await sendFile(
    ctx,
    viewer.userId,
    `decisions-${ctx.now().toISOString().slice(0, 10)}.csv`,
    decisionsCsv(shown),
    comment,
  );
  if (!sent.ok) return notSent('the CSV', sent.why, '/decisions export');
  return `Sent you a CSV of ${comment}`;
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
  const sent = await sendFile(
    ctx,
    viewer.userId,
    `decision-${id}.md`,
    decisionRecordMarkdown(d, listEvents(ctx.db, id)),
    `Decision record #${id}.`,
  );
  if (!sent.ok) return notSent(`the record of #${id}`, sent.why, `/decisions #${id} export`);
  return `Sent you the decision record of #${id}.`;
}
