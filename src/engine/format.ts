// Hand-rolled rather than Intl.NumberFormat: the engine formats numbers into every
// assessment, and Intl costs about a microsecond a call.
function group(digits: string): string {
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return out;
}

function format(n: number, minDecimals: number, maxDecimals: number): string {
  if (minDecimals === 0 && n >= 0 && n < 1000) {
    const plain = String(n); // shortest exact form: fine when it needs no rounding
    const dot = plain.indexOf('.');
    if (!plain.includes('e') && (dot < 0 ? 0 : plain.length - dot - 1) <= maxDecimals) return plain;
  }
  const sign = n < 0 ? '-' : '';
  const [whole = '0', fraction = ''] = Math.abs(n).toFixed(maxDecimals).split('.');
  let decimals = fraction;
  while (decimals.length > minDecimals && decimals.endsWith('0')) decimals = decimals.slice(0, -1);
  return `${sign}${group(whole)}${decimals ? `.${decimals}` : ''}`;
}

/** 1234567 -> "1,234,567" */
export const formatCount = (n: number) => {
  const whole = String(Math.round(Math.abs(n)));
  return `${n < 0 ? '-' : ''}${whole.length > 3 ? group(whole) : whole}`;
};
/** A unit price, keeping small fractions: 0.00425 -> "$0.00425" */
export const formatPrice = (n: number) => `$${format(n, 0, 6)}`;
/** An amount of money: 1316.8 -> "$1,316.80" (whole cents, so no toFixed on the hot path) */
export const usd = (n: number) => {
  const cents = Math.round(Math.abs(n) * 100);
  const fraction = cents % 100;
  return `$${n < 0 && cents > 0 ? '-' : ''}${formatCount((cents - fraction) / 100)}.${fraction < 10 ? '0' : ''}${fraction}`;
};

/** A volume said roughly: 950, 40K, 420K, 2.2M. */
export function roughCount(n: number): string {
  const v = Math.round(Math.abs(n));
  if (v < 1000) return String(v);
  const [scaled, unit] = v < 999_500 ? [v / 1e3, 'K'] : [v / 1e6, 'M'];
  const digits = scaled < 10 ? 1 : 0;
  return `${Number(scaled.toFixed(digits))}${unit}`;
}

/** An amount said roughly: whole dollars, "under $1" for a few cents. */
export function roughUsd(n: number): string {
  const v = Math.abs(n);
  if (v === 0) return '$0';
  if (v < 1) return 'under $1';
  return `$${formatCount(v)}`;
}

/** A span of months in words: never "1 months" or "253.1 months". */
export function roughMonths(months: number): string {
  if (months < 1) return 'under a month';
  if (months < 1.5) return 'about a month';
  if (months < 24) return `about ${Math.round(months)} months`;
  return `about ${Math.round(months / 12)} years`;
}
