import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { loadConfig, slackSettingsOf } from '../config.js';
import { createRuntime } from '../runtime.js';
import { openDatabase } from '../store/db.js';
import { BoltRequests } from './bolt-requests.js';
import { Clock } from './clock.js';
import { PageActions } from './page-actions.js';
import { keepSaved } from './saved-state.js';
import { seedExamples } from './seed.js';
import { createPlaygroundServer } from './server.js';
import { Workspace } from './workspace.js';

export interface Playground {
  url: string;
  workspace: Workspace;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/**
 * The real app against a pretend workspace: Bolt over signed HTTP on a private port, the Web
 * API answered by the playground server, the decision log in its own file, a movable clock.
 */
export async function startPlayground(env: NodeJS.ProcessEnv = process.env): Promise<Playground> {
  const slack = new Set(slackSettingsOf(env));
  const rest = Object.fromEntries(Object.entries(env).filter(([name]) => !slack.has(name)));
  const page = loadConfig({
    DATABASE_PATH: './data/playground.db',
    ...rest,
    SLACK_BOT_TOKEN: 'xoxb-playground',
    SLACK_SIGNING_SECRET: randomBytes(16).toString('hex'),
  });
  let bolt: BoltRequests | undefined;
  let actions: PageActions | undefined;
  let clock: Clock | undefined;
  const workspace = new Workspace(() => clock?.now() ?? new Date());
  const server = createPlaygroundServer(
    workspace,
    () => bolt as BoltRequests,
    () => actions as PageActions,
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(
              `port ${page.PORT} is in use: set PORT to a free one, e.g. PORT=3001 npm start`,
            )
          : error,
      ),
    );
    server.listen(page.PORT, resolve);
  });
  const url = `http://localhost:${(server.address() as AddressInfo).port}`;
  const config = { ...page, PORT: await freePort(), SLACK_API_URL: `${url}/api/` };
  const db = openDatabase(config.DATABASE_PATH);
  let tick: () => Promise<unknown> = async () => undefined;
  clock = new Clock(db, () => tick());
  const save =
    config.DATABASE_PATH === ':memory:'
      ? () => undefined
      : keepSaved(workspace, clock, config.DATABASE_PATH.replace(/(\.db)?$/, '-workspace.json'));
  const runtime = await createRuntime(config, {
    db,
    now: clock.now,
    defaultTimeZone: config.DEFAULT_TIME_ZONE,
  });
  await runtime.app.start(config.PORT);
  // Skipping time asks what fell due, and retries what waited out its backoff.
  tick = async () => {
    await runtime.followUps.tick();
    await runtime.outbox.runOnce();
  };
  runtime.startWorkers();
  bolt = new BoltRequests(
    workspace,
    `http://127.0.0.1:${config.PORT}/slack/events`,
    config.SLACK_SIGNING_SECRET ?? '',
    () => url,
  );
  actions = new PageActions(workspace, bolt, clock, () =>
    seedExamples(workspace, bolt as BoltRequests),
  );
  return {
    url,
    workspace,
    async stop() {
      await runtime.stop();
      save();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      db.$client.close();
    },
  };
}
