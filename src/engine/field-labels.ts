import type { ProfileField } from './profile.js';

/** Each input in the form's own words: what a reader sees instead of a field name. */
export const FIELD_LABELS: Record<ProfileField, string> = {
  task: 'What should the model do?',
  taskType: 'Kind of task',
  mainGaps: 'What goes wrong today?',
  knowledgeChange: 'How often do the facts it needs change?',
  promptingMaturity: 'How good is your best prompt so far?',
  qualityPct: 'Best quality so far, as % of your target',
  evals: 'How do you test outputs today?',
  labeledExamples: 'Good input/output examples on hand',
  consistency: 'How exact must format or voice be?',
  requestVariation: 'How much do instructions vary between requests?',
  staticPromptTokens: 'Tokens of fixed instructions and examples per call',
  outputTokens: 'Tokens of output per call',
  monthlyCalls: 'Calls per month (expected)',
  latencyTargetMs: 'Latency target, p95 in milliseconds',
  dataSensitivity: 'Where may the data go?',
  mlCapacity: 'Machine-learning skills on the team',
  safetyCritical: 'Safety',
};
