// Numbers as the reader's language writes them: vi-VN "1.396,5", en-GB "1,396.5".
export function formatNumber(n: number, language: string, maxDecimals = 1): string {
  return n.toLocaleString(language === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: maxDecimals });
}

export function formatPercent(n: number, language: string): string {
  return `${formatNumber(n, language)}%`;
}
