import type { App } from '@slack/bolt';
import { publishHome } from '../../decisions/home.js';
import { touchHomeViewer } from '../../store/home-viewers.js';
import { contextOf, type Deps } from '../deps.js';

/** App Home opened: remember the viewer (to republish on changes) and publish their tab. */
export function register(app: App, deps: Deps): void {
  app.event('app_home_opened', async ({ event, client, logger }) => {
    if (event.tab !== 'home') return;
    touchHomeViewer(deps.db, event.user, deps.now());
    await publishHome(contextOf(deps, client, logger), event.user);
  });
}
