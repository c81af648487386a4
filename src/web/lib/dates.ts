// Civil dates travel as 'YYYY-MM-DD'; people read and type them as dd/mm/yyyy.
import dayjs, { type Dayjs } from 'dayjs';
import { formatViDate, isCivilDate, parseViDate, todayInVietnam } from '../../domain/dates.js';

/** Formats the date picker accepts when typing: 30/06/2025, 30-06-2025, 30.06.2025, 30062025. */
export const VI_DATE_INPUTS = ['DD/MM/YYYY', 'D/M/YYYY', 'DD-MM-YYYY', 'DD.MM.YYYY', 'DDMMYYYY'];

/** '2025-06-30' → '30/06/2025'; empty for null/invalid. */
export function formatDate(date: string | null | undefined): string {
  if (!date || !isCivilDate(date)) return '';
  return formatViDate(date);
}

/** '30/06/2025' → '2025-06-30'; null when not a real date. */
export function parseDate(text: string): string | null {
  return parseViDate(text);
}

export function today(): string {
  return todayInVietnam();
}

export function toDayjs(date: string | null | undefined): Dayjs | null {
  if (!date || !isCivilDate(date)) return null;
  return dayjs(date, 'YYYY-MM-DD');
}

export function fromDayjs(d: Dayjs | null | undefined): string | null {
  return d && d.isValid() ? d.format('YYYY-MM-DD') : null;
}

const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** ISO timestamp → 'dd/mm/yyyy HH:mm' in Vietnam time, whatever the browser's time zone. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const parts = Object.fromEntries(dateTimeFormat.formatToParts(d).map((p) => [p.type, p.value]));
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour === '24' ? '00' : parts.hour}:${parts.minute}`;
}

/** Age in whole years at `on` (civil dates). */
export function ageOn(dateOfBirth: string, on: string = today()): number {
  const [y1, m1, d1] = dateOfBirth.split('-').map(Number);
  const [y2, m2, d2] = on.split('-').map(Number);
  return y2 - y1 - (m2 < m1 || (m2 === m1 && d2 < d1) ? 1 : 0);
}
