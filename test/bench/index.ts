import { benchDecisionLog } from './decision-log.js';
import { benchEngine, benchJsonl } from './engine.js';
import { benchMalformed } from './malformed.js';
import { benchMessageSize } from './message-size.js';
import { benchReliability } from './reliability.js';
import { benchReminders } from './reminders.js';
import { benchSlackHttp } from './slack-http.js';
import { benchStore } from './store.js';

benchMessageSize();
benchEngine();
benchJsonl();
benchStore();
await benchSlackHttp();
benchDecisionLog();
await benchReminders();
await benchReliability();
await benchMalformed();
