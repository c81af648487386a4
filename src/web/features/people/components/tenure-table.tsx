// Quá trình công tác: the person's posts over time, newest first.
import { Button, Tag } from 'antd';
import { ResponsiveTable } from '../../../components/responsive-table.js';
import { Link } from 'react-router';
import { paths } from '../../../app/paths.js';
import { useI18n } from '../../../i18n/context.js';
import { formatDate } from '../../../lib/dates.js';
import type { TenureViewData } from '../../../lib/api/people.js';
import type { ProposalKind } from '../../../../contracts/personnel.js';

/** The decided move that started or ended a tenure (personnel decisions), shown beside it and linked to its decision. */
export interface TenureMove {
  proposalId: string;
  kind: ProposalKind;
  effect: 'started' | 'ended';
  ref: string;
  date: string;
  signer: string;
}

interface Props {
  tenures: TenureViewData[];
  moves?: Map<string, TenureMove[]>;
  canEnd: boolean;
  onEnd: (t: TenureViewData) => void;
}

export function TenureTable({ tenures, moves, canEnd, onEnd }: Props) {
  const { t, tx } = useI18n();
  const rows = [...tenures].sort((a, b) => (a.startDate < b.startDate ? 1 : a.startDate > b.startDate ? -1 : 0));
  return (
    <ResponsiveTable<TenureViewData>
      size="small"
      rowKey="id"
      dataSource={rows}
      pagination={false}
      scroll={{ x: 800 }}
      locale={{ emptyText: t('people.tenure.empty') }}
      columns={[
        {
          key: 'period',
          title: t('people.tenure.period'),
          width: 200,
          render: (_, r) =>
            t('common.fromTo', { from: formatDate(r.startDate), to: r.endDate ? formatDate(r.endDate) : t('common.present') }),
        },
        {
          key: 'post',
          title: t('people.tenure.post'),
          render: (_, r) => (
            <>
              {r.postTitle} {r.endDate === null ? <Tag color="green">{t('people.tenure.current')}</Tag> : null}
            </>
          ),
        },
        { key: 'unit', title: t('people.field.unit'), render: (_, r) => <Link to={paths.org(r.unitId)}>{r.unitName}</Link> },
        { key: 'term', title: t('people.tenure.term'), render: (_, r) => r.termName ?? '' },
        { key: 'how', title: t('people.tenure.how'), render: (_, r) => tx(`tenureHow.${r.how}`, r.how) },
        {
          key: 'decision',
          title: t('people.tenure.decisionRef'),
          render: (_, r) => {
            const linked = moves?.get(r.id) ?? [];
            if (linked.length === 0) return r.decisionRef ?? '';
            return linked.map((m) => (
              <div key={`${m.proposalId}:${m.effect}`}>
                <Link to={paths.personnelProposal(m.proposalId)}>
                  {t('people.tenure.move', { kind: t(`personnel.kind.${m.kind}`), ref: m.ref, date: formatDate(m.date), signer: m.signer })}
                </Link>
                {m.effect === 'ended' ? <Tag style={{ marginInlineStart: 4 }}>{t('people.tenure.moveEnded')}</Tag> : null}
              </div>
            ));
          },
        },
        ...(canEnd
          ? [
              {
                key: 'actions',
                title: t('common.actions'),
                width: 110,
                render: (_: unknown, r: TenureViewData) =>
                  r.endDate === null ? (
                    <Button size="small" onClick={() => onEnd(r)} aria-label={t('people.tenure.endAria', { post: r.postTitle })}>
                      {t('people.tenure.end')}
                    </Button>
                  ) : null,
              },
            ]
          : []),
      ]}
    />
  );
}
