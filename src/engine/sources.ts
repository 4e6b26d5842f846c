/** Where each rule comes from: the seed articles by file name, vendor documents by title. */
export const SOURCES = {
  seed000: 'seed 000_da226066124b44e8.txt',
  seed001: 'seed 001_d0e462a86570688d.txt',
  seed002: 'seed 002_dd92dd8d71f3d885.txt',
  seed003: 'seed 003_160d6e7c1cbb0842.txt',
  seed004: 'seed 004_3b067257f04fa6f1.txt',
  openaiSft: 'OpenAI, "Supervised fine-tuning" guide',
  openaiFaq: 'OpenAI, fine-tuning FAQ',
  azureConsiderations: 'Azure OpenAI, "Fine-tuning considerations"',
  googleTuning: 'Google Cloud, "Tune Gemini models" (Vertex AI)',
  qi2023:
    'Qi et al. 2023, "Fine-tuning Aligned Language Models Compromises Safety" (arXiv 2310.03693)',
  knowledgeInjection:
    'FineTuneBench (arXiv 2411.05059); Ovadia et al., "Fine-Tuning or Retrieval?" (arXiv 2312.05934)',
  pricing: 'vendor price lists: fine-tuned inference premium and prompt caching',
} as const;

export const cite = (...keys: (keyof typeof SOURCES)[]) => keys.map((k) => SOURCES[k]).join('; ');
