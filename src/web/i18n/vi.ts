// The Vietnamese catalogue (the reference: every key exists here first).
import { accounts } from './vi/accounts.js';
import { actionPlans } from './vi/action-plans.js';
import { common } from './vi/common.js';
import { conduct } from './vi/conduct.js';
import { auditFields } from './vi/audit-fields.js';
import { auditVocabulary } from './vi/audit-vocabulary.js';
import { enums } from './vi/enums.js';
import { evaluation } from './vi/evaluation.js';
import { evaluationReports } from './vi/evaluation-reports.js';
import { home } from './vi/home.js';
import { org } from './vi/org.js';
import { people } from './vi/people.js';
import { personnel } from './vi/personnel.js';
import { partyCells } from './vi/party-cells.js';
import { partyCellsAdmin } from './vi/party-cells-admin.js';
import { partyCellsEdit } from './vi/party-cells-edit.js';
import { planning } from './vi/planning.js';
import { commitments } from './vi/commitments.js';
import { plans } from './vi/plans.js';
import { summary } from './vi/summary.js';
import { tasks } from './vi/tasks.js';
import { tools } from './vi/tools.js';
import { training } from './vi/training.js';
import { trainingReports } from './vi/training-reports.js';

export const vi = {
  ...common,
  ...enums,
  ...auditVocabulary,
  ...auditFields,
  ...org,
  ...people,
  ...tools,
  ...accounts,
  ...tasks,
  ...plans,
  ...summary,
  ...evaluation,
  ...evaluationReports,
  ...conduct,
  ...home,
  ...planning,
  ...commitments,
  ...actionPlans,
  ...personnel,
  ...partyCells,
  ...partyCellsAdmin,
  ...partyCellsEdit,
  ...training,
  ...trainingReports,
};
export type MessageKey = keyof typeof vi;
