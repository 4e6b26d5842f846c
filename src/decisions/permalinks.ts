import type { webApi } from '@slack/bolt';
import type { DB } from '../store/db.js';
import { type DecisionRow, setPermalink } from '../store/decision-queries.js';

/** Fills in message links, asking Slack once per message and keeping the answer. */
export async function withPermalinks(
  client: webApi.WebClient,
  db: DB,
  rows: DecisionRow[],
): Promise<DecisionRow[]> {
  return Promise.all(
    rows.map(async (r) => {
      if (r.permalink || !r.messageChannel || !r.messageTs) return r;
      try {
        const res = await client.chat.getPermalink({
          channel: r.messageChannel,
          message_ts: r.messageTs,
        });
        if (!res.permalink) return r;
        setPermalink(db, r.id, res.permalink);
        return { ...r, permalink: res.permalink };
      } catch {
        return r; // the row is still useful without its link
      }
    }),
  );
}
