// How a value of an audit snapshot reads: dates as dd/mm/yyyy, empty as "(trống)", objects as JSON.
import { isCivilDate } from '../../../../domain/dates.js';
import { useI18n } from '../../../i18n/context.js';
import { formatDate } from '../../../lib/dates.js';

export function AuditValue({ value }: { value: unknown }) {
  const { t } = useI18n();
  if (value === null || value === undefined || value === '') return <em>{t('audit.empty')}</em>;
  if (typeof value === 'string') return <>{isCivilDate(value) ? formatDate(value) : value}</>;
  if (typeof value === 'boolean') return <>{value ? t('common.yes') : t('common.no')}</>;
  if (typeof value === 'number') return <>{value}</>;
  return <code style={{ fontSize: 12 }}>{JSON.stringify(value)}</code>;
}

/** A field name of a snapshot in the user's language, when the catalogue knows it. */
export function useFieldLabel() {
  const { tx } = useI18n();
  return (field: string) => tx(`people.field.${field}`, tx(`audit.field.${field}`, field));
}
