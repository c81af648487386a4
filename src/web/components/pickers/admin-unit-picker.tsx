// Choose an administrative unit (province, commune, pre-2025 district…) for hometown, birthplace, residence.
import type { AdminUnitView } from '../../../contracts/reference.js';
import { api } from '../../lib/api-client.js';
import { RemoteSelect, type RemoteSelectProps } from '../remote-select.js';

type Props = Omit<RemoteSelectProps, 'queryKey' | 'search'>;

export function AdminUnitPicker(props: Props) {
  return (
    <RemoteSelect
      {...props}
      queryKey="admin-units"
      search={async (q) => {
        const items = await api.get<AdminUnitView[]>('/api/admin-units', { q, limit: 20 });
        return items.map((a) => ({ value: a.id, text: a.path, label: a.path }));
      }}
    />
  );
}
