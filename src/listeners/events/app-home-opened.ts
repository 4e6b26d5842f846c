import type { App } from '@slack/bolt';
import { contextOf, type Deps } from '../../decisions/context.js';
import { homeOpened } from '../../decisions/home.js';

/** App Home opened: the viewer's tab, published from the current log. */
export function register(app: App, deps: Deps): void {
  app.event('app_home_opened', async ({ event, client, logger }) => {
    if (event.tab !== 'home') return;
    await homeOpened(contextOf(deps, client, logger), event.user);
  });
}
