// Runs the migrations (timestamped files in ./migrations) with Kysely's Migrator.
import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import * as foundation from './migrations/2026112201_foundation.js';
import * as regulationDefaults from './migrations/2026112202_regulation-defaults.js';
import * as people from './migrations/2026112204_people.js';
import * as work from './migrations/2026112210_work.js';
import * as tasks from './migrations/2026112211_tasks.js';
import * as notifications from './migrations/2026112212_notifications.js';
import * as meetings from './migrations/2026112214_meetings.js';
import * as workIndexes from './migrations/2026112215_work-indexes.js';
import * as evaluation from './migrations/2026112220_evaluation.js';
import * as criteriaDefaults from './migrations/2026112221_criteria-defaults.js';
import * as evaluationWorkflow from './migrations/2026112222_evaluation-workflow.js';
import * as evaluationParty2025 from './migrations/2026112224_evaluation-party-2025.js';
import * as signInThrottle from './migrations/2026120703_sign-in-throttle.js';
import * as judging from './migrations/2026120704_judging.js';
import * as evaluationFidelity from './migrations/2026120705_evaluation-fidelity.js';
import * as demoAnchor from './migrations/2026120706_demo-anchor.js';
import * as peopleSearchWords from './migrations/2026120709_people-search-words.js';
import * as auditActionIndex from './migrations/2026120715_audit-action-index.js';
import * as planning from './migrations/2026120750_planning.js';
import * as personnel from './migrations/2026120791_personnel.js';
import * as partyCells from './migrations/2026120792_party-cells.js';
import * as cellsMembers from './migrations/2026120803_cells-members.js';
import * as commitments from './migrations/2026120793_commitments.js';
import * as training from './migrations/2026120794_training.js';
import * as planningProcedure from './migrations/2026120801_planning-procedure.js';
import * as cellsRecruitment from './migrations/2026120804_cells-recruitment.js';
import * as actionPlans from './migrations/2026120805_action-plans.js';
import * as trainingPlan from './migrations/2026120806_training-plan.js';
import * as planningStateTerm from './migrations/2026120808_planning-state-term.js';
import * as cellsMemberChecks from './migrations/2026120812_cells-member-checks.js';

// Listed explicitly (not read from disk) so the same code runs from tsx and from a bundle.
const MIGRATIONS: Record<string, Migration> = {
  '2026112201_foundation': foundation,
  '2026112202_regulation-defaults': regulationDefaults,
  '2026112204_people': people,
  '2026112210_work': work,
  '2026112211_tasks': tasks,
  '2026112212_notifications': notifications,
  '2026112214_meetings': meetings,
  '2026112215_work-indexes': workIndexes,
  '2026112220_evaluation': evaluation,
  '2026112221_criteria-defaults': criteriaDefaults,
  '2026112222_evaluation-workflow': evaluationWorkflow,
  '2026112224_evaluation-party-2025': evaluationParty2025,
  '2026120703_sign-in-throttle': signInThrottle,
  '2026120704_judging': judging,
  '2026120705_evaluation-fidelity': evaluationFidelity,
  '2026120706_demo-anchor': demoAnchor,
  '2026120709_people-search-words': peopleSearchWords,
  '2026120715_audit-action-index': auditActionIndex,
  '2026120750_planning': planning,
  '2026120791_personnel': personnel,
  '2026120792_party-cells': partyCells,
  '2026120793_commitments': commitments,
  '2026120794_training': training,
  '2026120801_planning-procedure': planningProcedure,
  '2026120804_cells-recruitment': cellsRecruitment,
  '2026120805_action-plans': actionPlans,
  '2026120806_training-plan': trainingPlan,
  '2026120808_planning-state-term': planningStateTerm,
  '2026120812_cells-member-checks': cellsMemberChecks,
  '2026120803_cells-members': cellsMembers,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run on any database, before the schema types hold
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- Kysely reports unknown; whatever it is, say it
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
