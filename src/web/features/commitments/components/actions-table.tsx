// A commitment's actions as registered, with the person's reports and the cell's or unit's assessment.
import { Typography } from 'antd';
import type { CommitmentView } from '../../../../contracts/commitments.js';
import { ResponsiveTable } from '../../../components/responsive-table.js';
import { useT } from '../../../i18n/context.js';
import { formatDate } from '../../../lib/dates.js';
import { AssessmentTag } from './commitment-tags.js';

type Action = CommitmentView['actions'][number];

const text = (s: string | null, empty: string) => <span style={{ whiteSpace: 'pre-wrap' }}>{s ?? empty}</span>;

export function ActionsTable({ actions, showReports }: { actions: Action[]; showReports: boolean }) {
  const t = useT();
  const empty = t('commitments.notYet');
  return (
    <ResponsiveTable<Action>
      size="small"
      rowKey="id"
      dataSource={actions}
      pagination={false}
      scroll={{ x: showReports ? 1100 : 700 }}
      columns={[
        { key: 'n', title: '#', width: 48, render: (_, a) => a.ordinal },
        {
          key: 'title',
          title: t('commitments.action.title'),
          render: (_, a) => (
            <>
              <div>{a.title}</div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('commitments.action.evidence')}: {a.evidence}
              </Typography.Text>
            </>
          ),
        },
        { key: 'due', title: t('commitments.action.dueDate'), width: 120, render: (_, a) => formatDate(a.dueDate) },
        ...(showReports
          ? [
              { key: 'mid', title: t('commitments.midReport'), width: 200, render: (_: unknown, a: Action) => text(a.midReport, empty) },
              {
                key: 'final',
                title: t('commitments.finalReport'),
                width: 200,
                render: (_: unknown, a: Action) => text(a.finalReport, empty),
              },
              {
                key: 'assessment',
                title: t('commitments.assessment'),
                width: 200,
                render: (_: unknown, a: Action) => (
                  <>
                    <AssessmentTag value={a.assessment} />
                    {a.assessmentComment ? <div style={{ whiteSpace: 'pre-wrap' }}>{a.assessmentComment}</div> : null}
                  </>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
