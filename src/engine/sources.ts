/**
 * Where each rule comes from, as a reader can find it again: title, address where there is
 * one, and date (n.d. when the page shows none).
 */
export const SOURCES = {
  seed000: 'Article "Fine-Tuning vs Prompting: When to Train and When to Prompt" (n.d.)',
  seed001: 'Explicor, "Fine-Tuning vs. Prompting: When to Use Each" (n.d.)',
  seed002: 'Article "Fine-tune or prompt? The central question" (n.d.)',
  seed003: 'Article "Fine-Tuning vs. Prompt Engineering: When to Use Which Approach" (n.d.)',
  seed004: 'Article "Fine-Tuning vs Prompt Engineering" (n.d.)',
  openaiSft:
    'OpenAI, "Supervised fine-tuning" guide (platform.openai.com/docs/guides/supervised-fine-tuning, n.d.)',
  openaiFaq: 'OpenAI, fine-tuning FAQ (platform.openai.com/docs/guides/fine-tuning, n.d.)',
  azureConsiderations:
    'Microsoft, "Azure OpenAI fine-tuning considerations" (learn.microsoft.com/azure/ai-foundry/openai/concepts/fine-tuning-considerations, n.d.)',
  googleTuning:
    'Google Cloud, "Tune Gemini models" (cloud.google.com/vertex-ai/generative-ai/docs/models/tune-models, n.d.)',
  qi2023:
    'Qi et al., "Fine-tuning Aligned Language Models Compromises Safety, Even When Users Do Not Intend To!" (arxiv.org/abs/2310.03693, 2023-10-05)',
  knowledgeInjection:
    'FineTuneBench (arxiv.org/abs/2411.05059, 2024-11-07); Ovadia et al., "Fine-Tuning or Retrieval?" (arxiv.org/abs/2312.05934, 2023-12-10)',
  openaiWindDown:
    'OpenAI API deprecations page, self-serve fine-tuning wind-down (developers.openai.com/api/docs/deprecations, 2026-05-07)',
  retirement:
    'Google Cloud, "Model versions and lifecycle" (cloud.google.com/vertex-ai/generative-ai/docs/learn/model-versioning, n.d.); AWS, "Model lifecycle" (docs.aws.amazon.com/bedrock/latest/userguide/model-lifecycle.html, n.d.)',
} as const;

const cited = new Map<string, string>();
/** The sources, joined; each combination is joined once (this runs for every assessment). */
export function cite(...keys: (keyof typeof SOURCES)[]): string {
  const key = keys.join();
  let text = cited.get(key);
  if (text === undefined) {
    text = keys.map((k) => SOURCES[k]).join('; ');
    cited.set(key, text);
  }
  return text;
}

/** The estimate's own source: the catalogue's name and the date its prices were checked. */
export const catalogueSource = (name: string, checked: string) =>
  `${name}, prices checked ${checked} (each price's source is listed with the cost)`;

const SEED_FILE = /seed (00[0-4])_[0-9a-f]+\.txt/g;

/**
 * A stored source as a reader finds it: engine 1 named the seed articles by their file, so
 * those names become the articles' titles (and gave warnings none).
 */
export const readableSource = (source: string | undefined) =>
  (source ?? '').replace(
    SEED_FILE,
    (_all, n: string) => SOURCES[`seed${n}` as keyof typeof SOURCES],
  );
