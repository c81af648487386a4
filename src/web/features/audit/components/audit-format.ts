// How the audit page names the fields of a snapshot and reads their values: enumerations by their
// label, dates dd/mm/yyyy, numbers in the reader's convention (vi-VN: 1.396,5), never a code where
// a word belongs. A field or value the catalogue does not know is shown as filed.
import { isCivilDate } from '../../../../domain/dates.js';
import { useI18n } from '../../../i18n/context.js';
import { useCadreGroupName } from '../../../lib/api/cadre-groups.js';
import { formatDate, formatDateTime } from '../../../lib/dates.js';

/** The catalogue prefix of an enumerated field: `<entityType>.<field>` first, then `<field>` alone. */
const ENUM_PREFIX: Record<string, string> = {
  'person.kind': 'personKind',
  'org_unit.kind': 'orgKind',
  'task.status': 'taskStatus',
  'task.source': 'taskSource',
  'weekly_plan.status': 'planStatus',
  'meeting.status': 'meetingStatus',
  'evaluation.status': 'evaluation.status',
  'evaluation_period.status': 'evaluation.periodStatus',
  'evaluation_period.kind': 'evaluation.kind',
  'discipline.kind': 'conduct.discipline',
  'unit_discipline.kind': 'conduct.unitDiscipline',
  'scope_incident.kind': 'conduct.incident',
  'indicator.direction': 'indicators.direction',
  gender: 'gender',
  how: 'tenureHow',
  role: 'role',
  roles: 'role',
  priority: 'taskPriority',
  level: 'evaluation.level',
  proposedLevel: 'evaluation.level',
  locale: 'language',
};

/** An administrative unit's id ('2025:C:11995', 'pre:D:001'): shown by its name. */
const ADMIN_UNIT = /^(2025|pre):[A-Z]:\d+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

export type Formatted =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'id'; text: string; full: string }
  | { kind: 'adminUnit'; id: string }
  | { kind: 'list'; items: Formatted[] }
  | { kind: 'record'; fields: { label: string; value: Formatted }[] };

/** Fields that only move with every write: not worth a line in a change list. */
export const QUIET_FIELDS = new Set(['version']);

export function useAuditFormat() {
  const { tx, language } = useI18n();
  const groupName = useCadreGroupName();
  const numbers = new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 });

  const fieldLabel = (field: string): string => tx(`audit.field.${field}`, tx(`people.field.${field}`, field));

  const format = (entityType: string, field: string, value: unknown): Formatted => {
    if (value === null || value === undefined || value === '') return { kind: 'empty' };
    if (typeof value === 'boolean') return { kind: 'text', text: tx(value ? 'common.yes' : 'common.no', String(value)) };
    if (typeof value === 'number') return { kind: 'text', text: numbers.format(value) };
    if (typeof value === 'string') {
      const prefix = ENUM_PREFIX[`${entityType}.${field}`] ?? ENUM_PREFIX[field];
      if (prefix) return { kind: 'text', text: tx(`${prefix}.${value}`, value) };
      if (field === 'cadreGroup') return { kind: 'text', text: groupName(value) };
      // isCivilDate narrows to string: test a copy, so `value` stays a string after a false answer.
      if (isCivilDate(`${value}`)) return { kind: 'text', text: formatDate(value) };
      if (TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value))) return { kind: 'text', text: formatDateTime(value) };
      if (ADMIN_UNIT.test(value)) return { kind: 'adminUnit', id: value };
      if (UUID.test(value)) return { kind: 'id', text: value.slice(0, 8), full: value };
      return { kind: 'text', text: value };
    }
    if (Array.isArray(value)) {
      if (value.length === 0) return { kind: 'empty' };
      return { kind: 'list', items: value.map((v) => format(entityType, field, v)) };
    }
    if (typeof value === 'object') {
      const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== null && v !== undefined && v !== '');
      if (entries.length === 0) return { kind: 'empty' };
      return {
        kind: 'record',
        fields: entries.sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => ({ label: fieldLabel(k), value: format(entityType, k, v) })),
      };
    }
    return { kind: 'empty' }; // JSON has no other kind of value
  };

  return { fieldLabel, format };
}
