// Shared schemas of the OpenAPI document: every zod object the contracts export under a name, when a
// route uses it as a body or a response, becomes `#/components/schemas/<Name>` (inputs `<Name>Input`)
// instead of being repeated inline in each operation. Query strings and path parameters stay inline
// (OpenAPI lists them as parameters, not schemas). The tags' descriptions live here too.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import * as accounts from '../../contracts/accounts.js';
import * as audit from '../../contracts/audit.js';
import * as auth from '../../contracts/auth.js';
import * as commitments from '../../contracts/commitments.js';
import * as common from '../../contracts/common.js';
import * as conduct from '../../contracts/conduct.js';
import * as criteria from '../../contracts/criteria.js';
import * as evaluationReports from '../../contracts/evaluation-reports.js';
import * as evaluationSteps from '../../contracts/evaluation-steps.js';
import * as evaluation from '../../contracts/evaluation.js';
import * as home from '../../contracts/home.js';
import * as indicators from '../../contracts/indicators.js';
import * as jobs from '../../contracts/jobs.js';
import * as meetings from '../../contracts/meetings.js';
import * as notifications from '../../contracts/notifications.js';
import * as org from '../../contracts/org.js';
import * as partyCells from '../../contracts/party-cells.js';
import * as peopleExcel from '../../contracts/people-excel.js';
import * as permissions from '../../contracts/permissions.js';
import * as people from '../../contracts/people.js';
import * as personnel from '../../contracts/personnel.js';
import * as planning from '../../contracts/planning.js';
import * as plans from '../../contracts/plans.js';
import * as reference from '../../contracts/reference.js';
import * as responsibilities from '../../contracts/responsibilities.js';
import * as summary from '../../contracts/summary.js';
import * as tasks from '../../contracts/tasks.js';
import * as training from '../../contracts/training.js';
import * as trainingPlan from '../../contracts/training-plan.js';
import * as actionPlans from '../../contracts/action-plans.js';
import * as partyCellsRecruitment from '../../contracts/party-cells-recruitment.js';
import * as partyCellsAdmin from '../../contracts/party-cells-admin.js';

/** Every contracts module by file name; a test checks that each file of src/contracts is listed. */
export const CONTRACT_MODULES: Record<string, Record<string, unknown>> = {
  accounts,
  audit,
  auth,
  commitments,
  common,
  conduct,
  criteria,
  'evaluation-reports': evaluationReports,
  'evaluation-steps': evaluationSteps,
  evaluation,
  home,
  indicators,
  jobs,
  meetings,
  notifications,
  org,
  'party-cells': partyCells,
  'people-excel': peopleExcel,
  people,
  permissions,
  personnel,
  planning,
  plans,
  reference,
  responsibilities,
  summary,
  tasks,
  training,
  'training-plan': trainingPlan,
  'action-plans': actionPlans,
  'party-cells-recruitment': partyCellsRecruitment,
  'party-cells-admin': partyCellsAdmin,
};

export const ERROR_SCHEMA_ID = 'ErrorResponse';

export const API_TAGS = [
  { name: 'system', description: 'Health of the service.' },
  { name: 'home', description: 'The home page: the own work and the followed units’ figures.' },
  { name: 'auth', description: 'Sign-in, the session, the own password and language.' },
  { name: 'accounts', description: 'Accounts and their role bindings (administrators).' },
  { name: 'audit', description: 'The hash-chained audit trail: events and verification.' },
  { name: 'reference', description: 'Administrative units (2025 and before the 2025 merger).' },
  { name: 'people', description: 'Cadre records, tenures, residences; Excel import and export.' },
  { name: 'org', description: 'The temporal organisation tree, posts and terms; merges and splits.' },
  { name: 'jobs', description: 'Long jobs (imports, exports, period opening) and their progress.' },
  { name: 'plans', description: 'Weekly work plans: write, submit, return, approve.' },
  {
    name: 'planning',
    description:
      'Cadre planning: the post ladder, plans per unit and term, candidates checked against QĐ 377, ballots, approval, the yearly review.',
  },
  { name: 'commitments', description: 'Annual self-cultivation commitments: register, approve or return, report, assess (QĐ 366 Điều 6).' },
  {
    name: 'personnel',
    description:
      'Personnel decisions: appointment, nomination, rotation, transfer, secondment, removal proposals checked against QĐ 377, QĐ 65 and KL 210; decisions creating the tenures; dashboards.',
  },
  {
    name: 'party-cells',
    description:
      'Party cells: memberships with history, cell meetings with documents, attendance, guests and tasks, the Charter’s flags, dues, the committee’s dashboard.',
  },
  { name: 'notifications', description: 'In-app notifications and reminders.' },
  { name: 'responsibilities', description: 'Assigned fields and areas of responsibility.' },
  { name: 'indicators', description: 'Unit indicators: targets and actuals.' },
  { name: 'tasks', description: 'Tasks and task slips: progress, appraisal, deadlines, volunteered hard tasks.' },
  { name: 'summary', description: 'Task summaries per person and unit, with Excel and PDF.' },
  { name: 'meetings', description: 'Briefing meetings: agenda, documents, attendance, conclusions.' },
  { name: 'criteria', description: 'Cadre groups and versioned criteria sets.' },
  { name: 'conduct', description: 'Discipline, confidence votes and other conduct records.' },
  {
    name: 'training',
    description: 'Training records checked against the post standards, the training-support policy, the register of exemplars.',
  },
  { name: 'evaluation', description: 'Evaluation periods, the three steps, the quota, reports and forms.' },
  {
    name: 'action-plans',
    description: 'Leaders’ yearly action plans: targets tied to unit indicators, the example set, milestones tracked as volunteered tasks.',
  },
];

const isObjectSchema = (value: unknown): value is z.ZodObject => value instanceof z.ZodObject;

/** Names of the contracts' exported object schemas; a name exported by two modules is prefixed with its module. */
function namedSchemas(): Map<z.ZodType, string> {
  const names = new Map<z.ZodType, string>();
  const taken = new Set<string>();
  for (const [file, exports] of Object.entries(CONTRACT_MODULES)) {
    const prefix = file.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase());
    for (const [name, value] of Object.entries(exports)) {
      if (!isObjectSchema(value) || !/^[A-Z]/.test(name) || names.has(value)) continue;
      const id = taken.has(name) ? `${prefix}${name}` : name;
      taken.add(id);
      names.set(value, id);
    }
  }
  return names;
}

/**
 * Names the contracts' schemas in zod's global registry, which the OpenAPI transforms read (it also holds the
 * schemas' other metadata, such as the ranges of query integers). Filled as routes are added: bodies and
 * responses that are named contract schemas get their name; a schema also used as a query string or path
 * parameters keeps its metadata but no name.
 */
export function openApiRegistry(app: FastifyInstance): typeof z.globalRegistry {
  const registry = z.globalRegistry;
  const names = namedSchemas();
  const inline = new Set<z.ZodType>();
  const name = (schema: z.ZodType, id: string) => {
    const meta = registry.get(schema);
    if (meta?.id === id) return;
    if (meta) registry.remove(schema);
    registry.add(schema, { ...meta, id });
  };
  const unname = (schema: z.ZodType) => {
    const meta = registry.get(schema);
    if (!meta?.id) return;
    const { id: _id, ...rest } = meta;
    registry.remove(schema);
    if (Object.keys(rest).length) registry.add(schema, rest);
  };
  name(common.ErrorResponse, ERROR_SCHEMA_ID);
  app.addHook('onRoute', (route) => {
    const schema = route.schema as
      { body?: unknown; querystring?: unknown; params?: unknown; response?: Record<string, unknown> } | undefined;
    if (!schema) return;
    for (const part of [schema.querystring, schema.params]) {
      if (!isObjectSchema(part)) continue;
      inline.add(part);
      unname(part);
    }
    for (const part of [schema.body, ...Object.values(schema.response ?? {})]) {
      if (!isObjectSchema(part) || inline.has(part)) continue;
      const id = names.get(part);
      if (id) name(part, id);
    }
  });
  return registry;
}
