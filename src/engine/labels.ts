import type { Approach } from './facts.js';

export const APPROACH_LABELS: Record<Approach, string> = {
  prompt: 'Improve the prompt',
  rag: 'Add retrieval (RAG)',
  fine_tune: 'Fine-tune a model',
  hybrid: 'Hybrid',
};

/** "Hybrid: fine-tune + retrieval" or the plain label. */
export function describeApproach(approach: Approach, components: readonly Approach[]): string {
  if (approach !== 'hybrid' || components.length === 0) return APPROACH_LABELS[approach];
  const short: Record<Approach, string> = {
    prompt: 'prompt',
    rag: 'retrieval',
    fine_tune: 'fine-tune',
    hybrid: 'hybrid',
  };
  return `Hybrid: ${components.map((c) => short[c]).join(' + ')}`;
}
