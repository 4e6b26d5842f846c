import type { webApi } from '@slack/bolt';
import type { DB } from '../store/db.js';
import { setPermalink } from '../store/decision-queries.js';

/** What a link to a decision's message is made from. */
interface Linkable {
  id: number;
  permalink: string | null;
  messageChannel: string | null;
  messageTs: string | null;
}

/** Fills in message links, asking Slack once per message and keeping the answer. */
export async function withPermalinks<R extends Linkable>(
  client: webApi.WebClient,
  db: DB,
  rows: R[],
): Promise<R[]> {
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
