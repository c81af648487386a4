// Choose a person by name (diacritics optional), within the actor's scope.
import { Typography } from 'antd';
import type { z } from 'zod';
import type { PeoplePage } from '../../../contracts/people.js';
import { api } from '../../lib/api-client.js';
import { formatDate } from '../../lib/dates.js';
import { RemoteSelect, type RemoteSelectProps } from '../remote-select.js';

type Props = Omit<RemoteSelectProps, 'queryKey' | 'search'>;

export function PersonPicker(props: Props) {
  return (
    <RemoteSelect
      {...props}
      queryKey="people"
      search={async (q) => {
        const page = await api.get<z.infer<typeof PeoplePage>>('/api/people', { q, pageSize: 20 });
        return page.items.map((p) => ({
          value: p.id,
          text: p.fullName,
          label: (
            <div>
              <div>{p.fullName}</div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatDate(p.dateOfBirth)} · {p.unitName}
              </Typography.Text>
            </div>
          ),
        }));
      }}
    />
  );
}
