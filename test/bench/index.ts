import { benchEngine } from './engine.js';

benchEngine();
