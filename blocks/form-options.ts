import type { TaskProfile } from '../src/engine/index.js';

type Options<K extends keyof TaskProfile> = TaskProfile[K] extends readonly (infer E)[]
  ? Record<E & string, string>
  : Record<TaskProfile[K] & string, string>;

/** Choices of the assessment form, in words a teammate who is not an ML engineer follows. */
export const OPTIONS: {
  [K in
    | 'taskType'
    | 'promptingMaturity'
    | 'mainGaps'
    | 'evals'
    | 'knowledgeChange'
    | 'consistency'
    | 'requestVariation'
    | 'dataSensitivity'
    | 'mlCapacity']: Options<K>;
} = {
  taskType: {
    classification: 'Classify or label',
    extraction: 'Extract fields from text',
    generation: 'Write new text',
    transformation: 'Rewrite, translate or reformat',
    qa: 'Answer questions',
    conversation: 'Chat with users',
    code: 'Write or review code',
    other: 'Something else',
  },
  promptingMaturity: {
    none: 'Not yet: no prompt, or a one-liner',
    basic: 'A basic prompt: instructions, maybe an example or two',
    few_shot: 'A thorough prompt: 5+ examples, an output schema, checks',
  },
  mainGaps: {
    format: 'Output format or schema drifts',
    style: 'Tone or voice is off',
    edge_cases: 'Gets domain edge cases wrong',
    knowledge: 'Lacks facts it needs (products, policies, recent events)',
    reasoning: 'Makes reasoning mistakes',
    cost: 'Costs too much per call',
    latency: 'Answers too slowly',
  },
  evals: {
    none: 'None yet',
    manual: 'We check samples by hand',
    automated: 'An automated test set with scores',
  },
  knowledgeChange: {
    static: 'Rarely or never',
    quarterly: 'Every few months',
    monthly: 'Monthly',
    weekly: 'Weekly or faster',
  },
  consistency: {
    low: 'Loose: roughly right is fine',
    moderate: 'Moderate: mostly consistent',
    strict: 'Strict: exact format or voice every time',
  },
  requestVariation: {
    low: 'Hardly: the same kind of request every time',
    medium: 'Somewhat',
    high: 'A lot: instructions differ per request',
  },
  dataSensitivity: {
    public: 'Public',
    internal: 'Internal',
    regulated: 'Regulated (health, finance, personal data)',
    on_prem_only: 'Must never leave our own servers',
  },
  mlCapacity: {
    none: 'Nobody does ML here',
    some: 'Some engineers with ML experience',
    dedicated: 'A dedicated ML team',
  },
};

export const SAFETY_OPTION = 'safety_critical';
