import {
  availableOn,
  type Catalogue,
  type CatalogueOption,
  describeSource,
  type HostedTuning,
  type PromptOption,
  type SelfHosted,
} from './catalogue.js';
import { once } from './once.js';

const DAY_MS = 86_400_000;
const MONTH_DAYS = 30.4375;
export const GPU_HOURS_PER_MONTH = 730;

/** The options one assessment date leaves in play, worked out once per catalogue and date. */
export interface Selection {
  large: PromptOption;
  hosted: HostedTuning;
  hostedAvailable: boolean;
  selfHosted: SelfHosted;
  selfHostedAvailable: boolean;
  /** Months a tuned model can be used: the assumption, capped by its base model's retirement. */
  lifetime: { hosted: number; selfHosted: number };
  sourceOf: Map<CatalogueOption, string>;
}

function pick<K extends CatalogueOption['kind']>(
  c: Catalogue,
  kind: K,
  asOf: string,
): { option: Extract<CatalogueOption, { kind: K }>; available: boolean } {
  const ofKind = c.options.filter(
    (o): o is Extract<CatalogueOption, { kind: K }> => o.kind === kind,
  );
  const available = ofKind.find((o) => availableOn(o, asOf));
  // The schema guarantees one option of every kind.
  return available
    ? { option: available, available: true }
    : { option: ofKind[0] as never, available: false };
}

function monthsUntil(asOf: string, end: string | null, cap: number): number {
  if (end === null) return cap;
  const months = (Date.parse(end) - Date.parse(asOf)) / DAY_MS / MONTH_DAYS;
  return Math.max(0.1, Math.min(cap, Math.round(months * 10) / 10));
}

export function select(c: Catalogue, asOf: string): Selection {
  return once(c, 'selection', asOf, () => selectOn(c, asOf));
}

function selectOn(c: Catalogue, asOf: string): Selection {
  const large = pick(c, 'prompt', asOf).option;
  const hosted = pick(c, 'hosted_tuning', asOf);
  const self = pick(c, 'self_hosted', asOf);
  const cap = c.assumptions.amortisationMonths;
  const selection: Selection = {
    large,
    hosted: hosted.option,
    hostedAvailable: hosted.available,
    selfHosted: self.option,
    selfHostedAvailable: self.available,
    lifetime: {
      hosted: monthsUntil(asOf, hosted.option.availability.retires, cap),
      selfHosted: monthsUntil(asOf, self.option.availability.retires, cap),
    },
    sourceOf: new Map(c.options.map((o) => [o, o.sources.map(describeSource).join('; ')])),
  };
  return selection;
}
