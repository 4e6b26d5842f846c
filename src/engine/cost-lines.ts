import type { Catalogue, TokenPrices } from './catalogue.js';
import { formatCount as count, formatPrice as price, usd } from './format.js';
import { once } from './once.js';

export const M = 1e-6;
export const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Tokens of one call: fixed prompt, fixed prompt once tuned, input, output; cache hit rate. */
export interface Shape {
  S: number;
  S2: number;
  U: number;
  O: number;
  h: number;
}
export const promptedCall = (x: TokenPrices, s: Shape) =>
  (s.S * ((1 - s.h) * x.input + s.h * x.cachedInput) + s.U * x.input + s.O * x.output) * M;
export const tunedCall = (x: TokenPrices, s: Shape) =>
  ((s.S2 + s.U) * x.input + s.O * x.output) * M;
// The parts of a line fixed by the catalogue and output length are written once and reused.
export const promptedLine = (x: TokenPrices, s: Shape) =>
  `(${count(s.S)} fixed x ${once(x, 'prompted', s.O, () => `(${1 - s.h} x ${price(x.input)} + ${s.h} x ${price(x.cachedInput)} cached) + ${count(s.U)} input x ${price(x.input)} + ${count(s.O)} output x ${price(x.output)}) / 1M`)}`;
export const tunedLine = (x: TokenPrices, s: Shape) =>
  `((${count(s.S2)} fixed${once(x, 'tuned', s.O, () => ` + ${count(s.U)} input) x ${price(x.input)} + ${count(s.O)} output x ${price(x.output)}) / 1M`)}`;

/** What training costs once: grows with the labeled examples. */
export function trainingLine(c: Catalogue, examples: number, rate: string, K: number): string {
  const a = c.assumptions;
  const perExample = once(
    a,
    'training',
    'per example',
    () => `x ${count(a.tokensPerExample)} tokens x ${a.epochs} epochs at`,
  );
  const labour = once(a, 'training', 'labour', () => `+ ${usd(a.labourUsd)} labour`);
  return `one-time = ${a.trainingRuns} runs x ${count(examples)} examples ${perExample} ${rate} ${labour} = ${usd(K)}`;
}
