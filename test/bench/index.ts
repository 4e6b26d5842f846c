import { benchDecisionLog } from './decision-log.js';
import { benchEngine, benchJsonl } from './engine.js';
import { benchReminders } from './reminders.js';
import { benchSlackHttp } from './slack-http.js';
import { benchStore } from './store.js';

benchEngine();
benchJsonl();
benchStore();
await benchSlackHttp();
benchDecisionLog();
await benchReminders();
