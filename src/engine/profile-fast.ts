import {
  CONSISTENCY,
  DATA_SENSITIVITY,
  EVALS,
  GAPS,
  KNOWLEDGE_CHANGE,
  ML_CAPACITY,
  PROMPTING_MATURITY,
  REQUEST_VARIATION,
  TASK_TYPES,
  TaskProfile,
} from './profile.js';

// The schema's checks written out as plain functions: a valid profile, the common case, is read
// without the schema's overhead; anything else goes to the schema, which names the problems.
type Check = (v: unknown) => boolean;

const oneOf = (values: readonly string[]): Check => {
  const allowed = new Set<unknown>(values);
  return (v) => allowed.has(v);
};
const count: Check = (v) => Number.isSafeInteger(v) && (v as number) >= 0;
const orNull =
  (check: Check): Check =>
  (v) =>
    v === null || check(v);
const isGap = oneOf(GAPS);

const isTaskType = oneOf(TASK_TYPES);
const isKnowledgeChange = oneOf(KNOWLEDGE_CHANGE);
const isMaturity = oneOf(PROMPTING_MATURITY);
const isQuality: Check = (v) => v === null || (typeof v === 'number' && v >= 0 && v <= 100);
const isEvals = oneOf(EVALS);
const isConsistency = oneOf(CONSISTENCY);
const isVariation = oneOf(REQUEST_VARIATION);
const isCountOrNull = orNull(count);
const isLatency: Check = (v) => v === null || (Number.isSafeInteger(v) && (v as number) > 0);
const isSensitivity = oneOf(DATA_SENSITIVITY);
const isCapacity = oneOf(ML_CAPACITY);
const isGaps: Check = (v) => Array.isArray(v) && v.every(isGap);
const isBoolean: Check = (v) => typeof v === 'boolean';

const FIELD_NAMES = Object.keys(TaskProfile.shape).filter((k) => k !== 'task');
let valid = true;
/** The value when it passes, the default when absent; marks the profile invalid otherwise. */
function read<T>(v: unknown, check: Check, fallback: T): T {
  if (v === undefined) return fallback;
  if (!check(v)) valid = false;
  return v as T;
}

/** The profile with its defaults when `input` is valid; null when the schema must judge it. */
export function readValidProfile(input: unknown): TaskProfile | null {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return null;
  const raw = input as Record<string, unknown>;
  if (typeof raw.task !== 'string') return null;
  const task = raw.task.trim();
  if (task.length < 1 || task.length > 3000) return null;
  valid = true;
  const gaps = read<TaskProfile['mainGaps']>(raw.mainGaps, isGaps, []);
  const p: TaskProfile = {
    task,
    taskType: read(raw.taskType, isTaskType, 'other'),
    mainGaps: Array.isArray(gaps) ? [...gaps] : [],
    knowledgeChange: read(raw.knowledgeChange, isKnowledgeChange, 'static'),
    promptingMaturity: read(raw.promptingMaturity, isMaturity, 'basic'),
    qualityPct: read(raw.qualityPct, isQuality, null),
    evals: read(raw.evals, isEvals, 'none'),
    labeledExamples: read(raw.labeledExamples, count, 0),
    consistency: read(raw.consistency, isConsistency, 'moderate'),
    requestVariation: read(raw.requestVariation, isVariation, 'medium'),
    staticPromptTokens: read(raw.staticPromptTokens, count, 1000),
    outputTokens: read(raw.outputTokens, isCountOrNull, null),
    monthlyCalls: read(raw.monthlyCalls, isCountOrNull, null),
    latencyTargetMs: read(raw.latencyTargetMs, isLatency, null),
    dataSensitivity: read(raw.dataSensitivity, isSensitivity, 'internal'),
    mlCapacity: read(raw.mlCapacity, isCapacity, 'some'),
    safetyCritical: read(raw.safetyCritical, isBoolean, false),
  };
  // Unknown fields make the key count differ from the fields read; the schema then names them.
  let given = 1;
  for (const name of FIELD_NAMES) if (raw[name] !== undefined) given++;
  return valid && Object.keys(raw).length === given ? p : null;
}
