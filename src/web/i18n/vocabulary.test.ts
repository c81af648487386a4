// Every enumerated value the UI shows has a name in both languages (issue 8: typed vocabularies;
// issue 9: words, not codes). The audit vocabulary's labels are also typed (Record<AuditAction, …>),
// so a missing one fails the compiler first; this test catches the rest, read from the contracts.
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from '../../contracts/audit-vocabulary.js';
import { AuditBreakReasons } from '../../contracts/audit.js';
import { Roles } from '../../contracts/common.js';
import { DisciplineKind, IncidentKind, UnitDisciplineKind } from '../../contracts/conduct.js';
import { EvaluationPeriodKind, EvaluationStatuses, Levels, PeriodStatus } from '../../contracts/evaluation.js';
import { IndicatorDirection } from '../../contracts/indicators.js';
import { MeetingStatuses } from '../../contracts/meetings.js';
import { OrgEventKind, OrgUnitKinds } from '../../contracts/org.js';
import { Gender, PersonKinds, TenureHows } from '../../contracts/people.js';
import { OverviewStatuses, PlanStatuses } from '../../contracts/plans.js';
import { SummaryPeriodKinds } from '../../contracts/summary.js';
import { MilestoneStates, TaskPriorities, TaskSources, TaskStatuses } from '../../contracts/tasks.js';
import { en } from './en.js';
import { vi } from './vi.js';

/** Catalogue prefix → every value of the enumeration the UI shows under it. */
const VOCABULARIES: Record<string, readonly string[]> = {
  auditAction: AUDIT_ACTIONS,
  entity: AUDIT_ENTITY_TYPES,
  'audit.verify.reason': AuditBreakReasons,
  role: Roles,
  personKind: PersonKinds,
  gender: Gender.options,
  tenureHow: TenureHows,
  orgKind: OrgUnitKinds,
  orgEvent: OrgEventKind.options,
  taskStatus: TaskStatuses,
  taskSource: TaskSources,
  taskPriority: TaskPriorities,
  milestoneState: MilestoneStates,
  planStatus: PlanStatuses,
  overviewStatus: OverviewStatuses,
  meetingStatus: MeetingStatuses,
  summaryPeriod: SummaryPeriodKinds,
  'evaluation.level': Levels,
  'evaluation.levelShort': Levels,
  'evaluation.status': EvaluationStatuses,
  'evaluation.kind': EvaluationPeriodKind.options,
  'evaluation.periodStatus': PeriodStatus.options,
  'conduct.discipline': DisciplineKind.options,
  'conduct.unitDiscipline': UnitDisciplineKind.options,
  'conduct.incident': IncidentKind.options,
  'indicators.direction': IndicatorDirection.options,
};

const catalogues = { vi: vi as Record<string, string>, en: en as Record<string, string> };

describe('labels of every enumerated value', () => {
  for (const [prefix, values] of Object.entries(VOCABULARIES)) {
    it(`${prefix}: every value has a Vietnamese and an English name`, () => {
      const missing: string[] = [];
      for (const [lang, catalogue] of Object.entries(catalogues))
        for (const v of values) {
          const text = catalogue[`${prefix}.${v}`];
          if (!text || text.trim() === '' || text === v) missing.push(`${lang}: ${prefix}.${v}`);
        }
      expect(missing).toEqual([]);
    });
  }

  it('the audit vocabulary has no duplicates and no label shared by two actions', () => {
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
    expect(new Set(AUDIT_ENTITY_TYPES).size).toBe(AUDIT_ENTITY_TYPES.length);
    for (const catalogue of Object.values(catalogues)) {
      const labels = AUDIT_ACTIONS.map((a) => catalogue[`auditAction.${a}`]);
      expect(labels.filter((l, i) => labels.indexOf(l) !== i)).toEqual([]);
    }
  });

  it('no catalogue key names an audit action or entity type outside the vocabulary', () => {
    const stray = Object.keys(vi).filter(
      (k) =>
        (k.startsWith('auditAction.') && !(AUDIT_ACTIONS as readonly string[]).includes(k.slice('auditAction.'.length))) ||
        (k.startsWith('entity.') && !(AUDIT_ENTITY_TYPES as readonly string[]).includes(k.slice('entity.'.length))),
    );
    expect(stray).toEqual([]);
  });
});
