// Kysely table types of personnel decisions (migration 2026120791_personnel; schema.ts lists them in DB
// through `extends PersonnelTables`). Civil dates are 'YYYY-MM-DD' strings.
import type { Generated } from 'kysely';
import type { Json } from './schema.js';

export type ProposalKind =
  'appointment' | 'nomination' | 'reappointment' | 'rotation' | 'transfer' | 'secondment' | 'removal' | 'dismissal';

export interface PersonnelProposalTable {
  id: string;
  kind: ProposalKind;
  person_id: string;
  unit_id: string;
  post_id: string | null;
  from_tenure_id: string | null;
  effective_date: string;
  planned_end_date: string | null;
  reason: string;
  special_procedure: Generated<boolean>;
  under_investigation: Generated<boolean>;
  documents: Json;
  checks: Json;
  status: Generated<'proposed' | 'approved' | 'rejected'>;
  vote: Json | null;
  exceptions: Json;
  decision_ref: string | null;
  decision_date: string | null;
  signer: string | null;
  decision_note: string | null;
  proposed_by: string | null;
  proposed_on: string;
  decided_by: string | null;
  created_at: Generated<Date>;
  version: Generated<number>;
}
export interface PersonnelTenureLinkTable {
  proposal_id: string;
  tenure_id: string;
  effect: 'started' | 'ended';
}

export interface PersonnelTables {
  personnel_proposal: PersonnelProposalTable;
  personnel_tenure_link: PersonnelTenureLinkTable;
}
