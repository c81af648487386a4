// Organisation changes. Each returns the server's answer; callers refresh the tree afterwards.
import type { z } from 'zod';
import type {
  CloseUnitRequest,
  CreatePostRequest,
  CreateUnitRequest,
  MergeRequest,
  MergeResult,
  MoveUnitRequest,
  OrgUnitView,
  PostView,
  RenameUnitRequest,
  SplitRequest,
  SplitResult,
} from '../../../../contracts/org.js';
import { api } from '../../../lib/api-client.js';

export const createUnit = (body: z.input<typeof CreateUnitRequest>) => api.post<OrgUnitView>('/api/org/units', body);
export const renameUnit = (id: string, body: z.input<typeof RenameUnitRequest>) => api.patch<OrgUnitView>(`/api/org/units/${id}`, body);
export const closeUnit = (id: string, body: z.input<typeof CloseUnitRequest>) => api.post<OrgUnitView>(`/api/org/units/${id}/close`, body);
export const moveUnit = (id: string, body: z.input<typeof MoveUnitRequest>) => api.post<OrgUnitView>(`/api/org/units/${id}/move`, body);
export const mergeUnits = (body: z.input<typeof MergeRequest>) => api.post<z.infer<typeof MergeResult>>('/api/org/merges', body);
export const splitUnit = (body: z.input<typeof SplitRequest>) => api.post<z.infer<typeof SplitResult>>('/api/org/splits', body);
export const createPost = (unitId: string, body: z.input<typeof CreatePostRequest>) =>
  api.post<PostView>(`/api/org/units/${unitId}/posts`, body);
