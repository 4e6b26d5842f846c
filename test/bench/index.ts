import { benchEngine } from './engine.js';
import { benchSlackHttp } from './slack-http.js';

benchEngine();
await benchSlackHttp();
