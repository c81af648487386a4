// The English catalogue: the same keys as vi.ts (the type and i18n.test.ts check it).
import type { MessageKey } from './vi.js';
import { accounts } from './en/accounts.js';
import { actionPlans } from './en/action-plans.js';
import { common } from './en/common.js';
import { conduct } from './en/conduct.js';
import { auditFields } from './en/audit-fields.js';
import { auditVocabulary } from './en/audit-vocabulary.js';
import { enums } from './en/enums.js';
import { evaluation } from './en/evaluation.js';
import { evaluationReports } from './en/evaluation-reports.js';
import { home } from './en/home.js';
import { org } from './en/org.js';
import { people } from './en/people.js';
import { personnel } from './en/personnel.js';
import { partyCells } from './en/party-cells.js';
import { partyCellsAdmin } from './en/party-cells-admin.js';
import { partyCellsEdit } from './en/party-cells-edit.js';
import { planning } from './en/planning.js';
import { commitments } from './en/commitments.js';
import { plans } from './en/plans.js';
import { summary } from './en/summary.js';
import { tasks } from './en/tasks.js';
import { tools } from './en/tools.js';
import { training } from './en/training.js';
import { trainingReports } from './en/training-reports.js';

export const en: Record<MessageKey, string> = {
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
