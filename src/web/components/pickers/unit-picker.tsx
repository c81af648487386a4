// Choose an organisation unit by typing part of its name (diacritics optional).
import { Typography } from 'antd';
import type { OrgUnitKind } from '../../../contracts/org.js';
import { searchUnits } from '../../lib/api/org.js';
import { useI18n } from '../../i18n/context.js';
import { RemoteSelect, type RemoteSelectProps } from '../remote-select.js';

type Props = Omit<RemoteSelectProps, 'queryKey' | 'search'> & {
  asOf?: string;
  includeClosed?: boolean;
  /** Only offer units of these kinds. */
  kinds?: OrgUnitKind[];
};

export function UnitPicker({ asOf, includeClosed, kinds, ...rest }: Props) {
  const { tx } = useI18n();
  return (
    <RemoteSelect
      {...rest}
      queryKey={`org-units:${asOf ?? ''}:${includeClosed ? 1 : 0}:${kinds?.join(',') ?? ''}`}
      search={async (q) => {
        const res = await searchUnits(q, asOf, includeClosed);
        return res.items
          .filter((u) => !kinds || kinds.includes(u.kind))
          .map((u) => ({
            value: u.id,
            text: u.name,
            label: (
              <div>
                <div>{u.name}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {tx(`orgKind.${u.kind}`, u.kind)}
                  {u.path ? ` · ${u.path}` : ''}
                </Typography.Text>
              </div>
            ),
          }));
      }}
    />
  );
}
