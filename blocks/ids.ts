/** Every identifier Slack echoes back to the app, defined once. */
export const COMMANDS = {
  assess: '/finetune-or-prompt',
  decisions: '/decisions',
} as const;

export const VIEWS = {
  assessment: 'assessment_modal',
  override: 'override_modal',
  details: 'details_modal',
  followUpDate: 'follow_up_date_modal',
  worked: 'outcome_worked_modal',
  didNotWork: 'outcome_failed_modal',
} as const;

export const ACTIONS = {
  adopt: 'decision_adopt',
  override: 'decision_override',
  reassess: 'decision_reassess',
  details: 'decision_details',
  repost: 'decision_repost',
  startEvaluation: 'decision_start_evaluation',
  abandon: 'decision_abandon',
  logPage: 'decision_log_page',
  changeFollowUp: 'decision_change_follow_up',
  worked: 'follow_up_worked',
  didNotWork: 'follow_up_did_not_work',
  snooze: 'follow_up_snooze',
  abandonFromFollowUp: 'follow_up_abandon',
  addDetails: 'assessment_add_details',
  newAssessment: 'home_new_assessment',
} as const;

/** Block ids of the assessment form: each is the TaskProfile field it collects. */
export const FORM_FIELDS = [
  'task',
  'taskType',
  'promptingMaturity',
  'mainGaps',
  'qualityPct',
  'labeledExamples',
  'evals',
  'knowledgeChange',
  'consistency',
  'requestVariation',
  'staticPromptTokens',
  'monthlyCalls',
  'latencyTargetMs',
  'dataSensitivity',
  'mlCapacity',
  'safetyCritical',
] as const;
export type FormField = (typeof FORM_FIELDS)[number];

/** The single element inside each input block. */
export const INPUT_ACTION = 'value';

export const OVERRIDE_FIELDS = { approach: 'approach', reason: 'reason' } as const;

export const OUTCOME_FIELDS = {
  qualityPct: 'quality_pct',
  costNotes: 'cost_notes',
  notes: 'notes',
  days: 'days',
} as const;
