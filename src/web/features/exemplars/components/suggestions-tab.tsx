// The commendation suggestions of the year's evaluation (Quy định 366-QĐ/TW: excellent years in a row
// suggest a commendation): each can be nominated to the register in one step; the server checks the
// subject is among them.
import { Alert, Button, Flex, Typography } from 'antd';
import { ErrorAlert } from '../../../components/error-alert.js';
import { ResponsiveTable } from '../../../components/responsive-table.js';
import { useT } from '../../../i18n/context.js';
import { useCommendations } from '../../../lib/api/evaluation-reports.js';
import { useNumberFormat } from '../../../lib/numbers.js';
import type { NominationPreset } from './nominate-dialog.js';

export function SuggestionsTab({
  unitId,
  year,
  canNominate,
  onNominate,
}: {
  unitId: string;
  year: number;
  canNominate: boolean;
  onNominate: (p: NominationPreset) => void;
}) {
  const t = useT();
  const nf = useNumberFormat();
  const q = useCommendations({ unitId, year });
  if (q.error) return <ErrorAlert error={q.error} />;
  return (
    <Flex vertical gap={12}>
      <Alert type="info" showIcon message={t('exemplar.suggestions.hint', { year })} />
      <ResponsiveTable
        rowKey={(r) => r.personId ?? r.subjectUnitId ?? r.name}
        size="small"
        loading={q.isPending}
        dataSource={q.data?.items ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: q.isPending ? ' ' : t('exemplar.suggestions.none', { year }) }}
        columns={[
          {
            title: t('exemplar.name'),
            key: 'n',
            render: (_, r) => (
              <Flex vertical>
                <Typography.Text strong>{r.name}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t(`exemplar.subject.${r.subject}`)} · {r.unitName}
                </Typography.Text>
              </Flex>
            ),
          },
          { title: t('exemplar.suggestion'), dataIndex: 'message', key: 'm' },
          {
            title: t('exemplar.score'),
            key: 's',
            align: 'right',
            render: (_, r) => nf.score(r.score),
          },
          ...(canNominate
            ? [
                {
                  title: '',
                  key: 'x',
                  render: (_: unknown, r: NonNullable<typeof q.data>['items'][number]) => (
                    <Button
                      size="small"
                      aria-label={t('exemplar.nominateOne', { name: r.name })}
                      onClick={() =>
                        onNominate({
                          subject: r.subject,
                          personId: r.personId,
                          subjectUnitId: r.subjectUnitId,
                          name: r.name,
                          achievement: r.message,
                        })
                      }
                    >
                      {t('exemplar.nominateShort')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Flex>
  );
}
