// Numbers as Vietnamese offices write them (Intl vi-VN): "1.396,5", "97,5". Scores keep at most
// two decimals, never padded ("82,5", not "82,50"); a missing value is a dash, never 0.
const score = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const integer = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 });

export function formatScore(n: number | null | undefined): string {
  return n == null || !Number.isFinite(n) ? '—' : score.format(n);
}

export function formatCount(n: number): string {
  return integer.format(n);
}

/** 0.975 → "97,5%". */
export function formatPercent(ratio: number): string {
  return percent.format(ratio);
}
