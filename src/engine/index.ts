export { type AssessOptions, assess } from './assess.js';
export { Assessment, ENGINE_VERSION } from './assessment.js';
export { Catalogue, DEFAULT_CATALOGUE } from './catalogue.js';
export { APPROACHES, type Approach } from './facts.js';
export { FIELD_LABELS } from './field-labels.js';
export { formatCount, usd } from './format.js';
export { APPROACH_LABELS, describeApproach } from './labels.js';
export { TaskProfile, type TaskProfileInput } from './profile.js';
