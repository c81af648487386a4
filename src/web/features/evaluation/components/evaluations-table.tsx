// The evaluations of a period: person, group, results score, self, proposed level, appraisal,
// decision and status, with filters; each row links to the evaluation.
import { Flex, Select, Tag, Typography } from 'antd';
import { ResponsiveTable } from '../../../components/responsive-table.js';
import { Link } from 'react-router';
import { EvaluationStatuses, type EvaluationStatus, type Level } from '../../../../contracts/evaluation.js';
import { paths } from '../../../app/paths.js';
import { useT } from '../../../i18n/context.js';
import type { EvaluationFilter, EvaluationItem } from '../api/evaluation.js';
import { LEVELS, LevelTag, StatusTag, StepCell, useScoreText } from './labels.js';

interface Props {
  items: EvaluationItem[];
  total: number;
  loading: boolean;
  filter: EvaluationFilter;
  groups: { code: string; name: string }[];
  onFilter: (f: EvaluationFilter) => void;
}

export function EvaluationsTable({ items, total, loading, filter, groups, onFilter }: Props) {
  const t = useT();
  const scoreText = useScoreText();
  return (
    <>
      <Flex gap={12} wrap style={{ marginBottom: 12 }}>
        <Select<EvaluationStatus>
          allowClear
          placeholder={t('evaluation.filter.status')}
          aria-label={t('evaluation.filter.status')}
          style={{ width: 200 }}
          value={filter.status}
          onChange={(status) => onFilter({ ...filter, status, page: 1 })}
          options={EvaluationStatuses.map((s) => ({ value: s, label: t(`evaluation.status.${s}`) }))}
        />
        <Select<Level>
          allowClear
          placeholder={t('evaluation.filter.level')}
          aria-label={t('evaluation.filter.level')}
          style={{ width: 240 }}
          value={filter.level}
          onChange={(level) => onFilter({ ...filter, level, page: 1 })}
          options={LEVELS.map((l) => ({ value: l, label: t(`evaluation.level.${l}`) }))}
        />
        <Select<string>
          allowClear
          placeholder={t('evaluation.filter.group')}
          aria-label={t('evaluation.filter.group')}
          style={{ width: 260 }}
          value={filter.cadreGroup}
          onChange={(cadreGroup) => onFilter({ ...filter, cadreGroup, page: 1 })}
          options={groups.map((g) => ({ value: g.code, label: g.name }))}
        />
      </Flex>
      <ResponsiveTable<EvaluationItem>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={items}
        scroll={{ x: true }}
        pagination={{
          current: Number(filter.page ?? 1),
          pageSize: Number(filter.pageSize ?? 50),
          total,
          showSizeChanger: false,
          onChange: (page) => onFilter({ ...filter, page }),
        }}
        columns={[
          {
            title: t('evaluation.col.person'),
            key: 'person',
            render: (_, e) => (
              <div>
                <Link to={paths.evaluationDetail(e.id)}>{e.subject.name}</Link>
                <div>
                  <Typography.Text type="secondary">{e.subject.unitName}</Typography.Text>
                </div>
              </div>
            ),
          },
          { title: t('evaluation.col.group'), dataIndex: 'cadreGroupName', key: 'group' },
          { title: t('evaluation.col.results'), key: 'results', align: 'right', render: (_, e) => scoreText(e.resultsScore) },
          {
            title: t('evaluation.col.self'),
            key: 'self',
            render: (_, e) =>
              e.self.missing ? (
                <Tag color="red">{t('evaluation.self.missing')}</Tag>
              ) : e.self.submitted ? (
                <StepCell step={e.self} />
              ) : (
                <Typography.Text type="secondary">{t('evaluation.self.notSubmitted')}</Typography.Text>
              ),
          },
          { title: t('evaluation.col.proposed'), key: 'proposed', render: (_, e) => <LevelTag level={e.proposedLevel} /> },
          { title: t('evaluation.col.appraisal'), key: 'appraisal', render: (_, e) => <StepCell step={e.appraisal} /> },
          { title: t('evaluation.col.decision'), key: 'decision', render: (_, e) => <StepCell step={e.decision} /> },
          {
            title: t('evaluation.col.status'),
            key: 'status',
            render: (_, e) => (
              <span title={e.excludedReason ?? undefined}>
                <StatusTag status={e.status} />
              </span>
            ),
          },
        ]}
      />
    </>
  );
}
