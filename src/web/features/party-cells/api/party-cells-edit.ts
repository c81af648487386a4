// Party cells' editing calls (session 7): exemption and suspension on a membership (decision 0032),
// new-member targets, the candidates' stages and the roster of upper-level cadres (decision 0033).
import type { z } from 'zod';
import type { EndStandingRequest, MembershipView, StartStandingRequest } from '../../../../contracts/party-cells.js';
import type {
  AssignRosterRequest,
  CandidateView,
  CreateCandidateRequest,
  RosterReportRequest,
  RosterRow,
  RosterTaskRequest,
  StageRequest,
  TargetRequest,
  TargetView,
} from '../../../../contracts/party-cells-recruitment.js';
import { api } from '../../../lib/api-client.js';

export const startStanding = (membershipId: string, body: z.input<typeof StartStandingRequest>) =>
  api.post<MembershipView>(`/api/party-cells/memberships/${membershipId}/standing`, body);
export const endStanding = (membershipId: string, body: z.input<typeof EndStandingRequest>) =>
  api.post<MembershipView>(`/api/party-cells/memberships/${membershipId}/standing/end`, body);

export const setTarget = (unitId: string, year: number, body: z.input<typeof TargetRequest>) =>
  api.put<z.infer<typeof TargetView>>(`/api/party-cells/units/${unitId}/recruitment/targets/${year}`, body);
export const createCandidate = (cellId: string, body: z.input<typeof CreateCandidateRequest>) =>
  api.post<CandidateView>(`/api/party-cells/cells/${cellId}/candidates`, body);
export const recordStage = (id: string, body: z.input<typeof StageRequest>) =>
  api.post<CandidateView>(`/api/party-cells/candidates/${id}/stage`, body);

export const assignRoster = (cellId: string, body: z.input<typeof AssignRosterRequest>) =>
  api.post<RosterRow>(`/api/party-cells/cells/${cellId}/roster`, body);
export const reportRoster = (id: string, body: z.input<typeof RosterReportRequest>) =>
  api.put<RosterRow>(`/api/party-cells/roster/${id}/report`, body);
export const rosterTask = (id: string, body: z.input<typeof RosterTaskRequest>) =>
  api.post<RosterRow>(`/api/party-cells/roster/${id}/task`, body);
