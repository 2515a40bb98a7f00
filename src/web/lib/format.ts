/** Number, date and label formatting shared by the views. */

const INT = new Intl.NumberFormat('en');
const ONE_DECIMAL = new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** 12,345 */
export function fmtInt(n: number): string {
  return INT.format(n);
}

/** A Goldstein score with its sign: +3.4, −7.0, 0.0. */
export function fmtGoldstein(g: number | null | undefined): string {
  if (g === null || g === undefined || !Number.isFinite(g)) return '–';
  const s = ONE_DECIMAL.format(Math.abs(g));
  return g > 0 ? `+${s}` : g < 0 ? `−${s}` : s;
}

/** The four QuadClasses, as CAMEO names them. */
export const QUAD_LABELS: Readonly<Record<number, string>> = {
  1: 'Verbal cooperation', 2: 'Material cooperation', 3: 'Verbal conflict', 4: 'Material conflict',
};

/** "USAGOV (Donald Trump)" or "USAGOV". */
export function actorLabel(code: string | null, name?: string | null): string {
  if (!code) return '–';
  return name && name !== code ? `${code} · ${name}` : code;
}

/** The host of a URL for display, or the URI itself when it is not a web address. */
export function displaySource(uri: string): string {
  try {
    const u = new URL(uri);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.host.replace(/^www\./, '') : uri;
  } catch {
    return uri;
  }
}

/** True for addresses a link may open: http and https only (a stored URI could be anything). */
export function isWebUrl(uri: string): boolean {
  return /^https?:\/\//i.test(uri);
}
