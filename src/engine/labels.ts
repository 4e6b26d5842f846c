import type { PathId } from './cost-schema.js';
import type { Approach } from './facts.js';

export const APPROACH_LABELS: Record<Approach, string> = {
  prompt: 'Improve the prompt',
  rag: 'Add retrieval (RAG)',
  fine_tune: 'Fine-tune a model',
  hybrid: 'Hybrid',
};

/** Each approach in a word, as in "instead of the advised prompt". */
export const APPROACH_NOUNS: Record<Approach, string> = {
  prompt: 'prompt',
  rag: 'retrieval',
  fine_tune: 'fine-tune',
  hybrid: 'hybrid',
};

/** "Hybrid: fine-tune + retrieval" or the plain label. */
export function describeApproach(approach: Approach, components: readonly Approach[]): string {
  if (approach !== 'hybrid' || components.length === 0) return APPROACH_LABELS[approach];
  return `Hybrid: ${components.map((c) => APPROACH_NOUNS[c]).join(' + ')}`;
}

/** Each costed path of the comparison, as a reader says it. */
export const PATH_LABELS: Record<PathId, string> = {
  prompt_large: 'prompt the large model',
  prompt_small: 'prompt the small model',
  tune_small: 'tune the small model',
  prompt_self_hosted: 'prompt a self-hosted model',
  tune_self_hosted: 'tune a self-hosted model',
};
