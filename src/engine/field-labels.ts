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
  staticPromptTokens: 'How long are the instructions and examples sent with every call?',
  outputTokens: 'How long is a typical answer?',
  monthlyCalls: 'How many calls a month do you expect?',
  latencyTargetMs: 'How fast must it answer?',
  dataSensitivity: 'Where may the data go?',
  mlCapacity: 'Machine-learning skills on the team',
  safetyCritical: 'Could mistakes harm people?',
};
