import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startProcess } from '../../support/app-process.js';
import type { FakeSlack } from '../../support/fake-slack.js';
import { SIGNING_SECRET, signedHeaders } from '../../support/slack-requests.js';

/** The app in its own process against `fake`, on a database file (a new one unless given). */
export async function startAppProcess(
  fake: FakeSlack,
  dbPath = join(mkdtempSync(join(tmpdir(), 'app-')), 'decisions.db'),
) {
  const port = await freePort();
  const proc = await startProcess({
    SLACK_BOT_TOKEN: 'xoxb-process-test',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
    PORT: String(port),
    DATABASE_PATH: dbPath,
    LOG_LEVEL: 'warn',
  });
  /** Posts a signed request; rejects when the process does not answer (it was killed). */
  const post = (body: string, contentType = 'application/x-www-form-urlencoded') =>
    fetch(`http://127.0.0.1:${port}/slack/events`, {
      method: 'POST',
      headers: signedHeaders(body, undefined, undefined, contentType),
      body,
      signal: AbortSignal.timeout(10_000),
    });
  return { ...proc, post, dbPath };
}
