// The committee's administration of its cells (decision 0041): transfers with their deadlines, the HD 06
// check, the member import and export, the quarterly reports.
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CheckDoneRequest,
  CheckView,
  ChecksView,
  CreateCheckRequest,
  TransfersView,
} from '../../../../contracts/party-cells-admin.js';
import type { ImportAccepted } from '../../../../contracts/people-excel.js';
import { api } from '../../../lib/api-client.js';

export type { CheckView, TransfersView };

export const adminKeys = {
  transfers: (unitId: string) => ['party-cells', 'transfers', unitId] as const,
  checks: (unitId: string) => ['party-cells', 'checks', unitId] as const,
};

export const useTransfers = (unitId: string) =>
  useQuery({ queryKey: adminKeys.transfers(unitId), queryFn: () => api.get<TransfersView>(`/api/party-cells/units/${unitId}/transfers`) });
export const useChecks = (unitId: string) =>
  useQuery({
    queryKey: adminKeys.checks(unitId),
    queryFn: () => api.get<z.infer<typeof ChecksView>>(`/api/party-cells/units/${unitId}/checks`),
  });
export const createCheck = (unitId: string, body: z.input<typeof CreateCheckRequest>) =>
  api.post<CheckView>(`/api/party-cells/units/${unitId}/checks`, body);
export const markCheckDone = (id: string, body: z.input<typeof CheckDoneRequest>) =>
  api.post<CheckView>(`/api/party-cells/checks/${id}/done`, body);

export function uploadMembers(file: File, unitId: string) {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.upload<z.infer<typeof ImportAccepted>>(`/api/party-cells/units/${unitId}/members/import`, form);
}
