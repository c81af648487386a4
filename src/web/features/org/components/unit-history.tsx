// Where the unit came from and where it went: parents over time, mergers and splits.
import { Descriptions, Typography } from 'antd';
import type { z } from 'zod';
import { Link } from 'react-router';
import type { OrgHistoryLink, OrgUnitDetail } from '../../../../contracts/org.js';
import { useI18n } from '../../../i18n/context.js';
import { formatDate } from '../../../lib/dates.js';

interface Props {
  history: OrgUnitDetail['history'];
  unitLink: (id: string) => string;
}

export function UnitHistory({ history, unitLink }: Props) {
  const { t, tx } = useI18n();
  const ref = (u: { id: string; name: string; inScope: boolean }) =>
    u.inScope ? <Link to={unitLink(u.id)}>{u.name}</Link> : <span>{u.name}</span>;
  const eventLine = (l: z.infer<typeof OrgHistoryLink>) => (
    <li key={`${l.event.id}:${l.unit.id}`}>
      {ref(l.unit)} — {tx(`orgEvent.${l.event.kind}`, l.event.kind)} {t('org.history.on', { date: formatDate(l.event.effectiveOn) })}
      {l.event.decisionRef ? <Typography.Text type="secondary"> ({l.event.decisionRef})</Typography.Text> : null}
    </li>
  );
  const list = (items: React.ReactNode[]) =>
    items.length ? (
      <ul style={{ margin: 0, paddingInlineStart: 20 }}>{items}</ul>
    ) : (
      <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
    );
  return (
    <>
      <Typography.Title level={3} style={{ fontSize: 16, marginTop: 24 }}>
        {t('org.history.title')}
      </Typography.Title>
      <Descriptions
        size="small"
        bordered
        column={1}
        items={[
          {
            key: 'parents',
            label: t('org.history.parents'),
            children: list(
              history.parents.map((p) => (
                <li key={`${p.parent.id}:${p.validFrom}`}>
                  {ref(p.parent)}{' '}
                  <Typography.Text type="secondary">
                    ({t('common.fromTo', { from: formatDate(p.validFrom), to: p.validTo ? formatDate(p.validTo) : t('common.present') })})
                  </Typography.Text>
                </li>
              )),
            ),
          },
          { key: 'pred', label: t('org.history.predecessors'), children: list(history.predecessors.map(eventLine)) },
          { key: 'succ', label: t('org.history.successors'), children: list(history.successors.map(eventLine)) },
        ]}
      />
    </>
  );
}
