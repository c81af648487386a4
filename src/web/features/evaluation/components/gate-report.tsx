// The gate report (Quy định 366-QĐ/TW, Điều 11): each condition ok/failed with its rule, and the
// inputs of the KHT triggers (discipline, degradation, confidence vote, previous shortcomings).
import { CheckCircleTwoTone, CloseCircleTwoTone } from '@ant-design/icons';
import { Alert, Card, Descriptions, Typography } from 'antd';
import { ResponsiveTable } from '../../../components/responsive-table.js';
import type { EvaluationView, GateCheckView } from '../../../../contracts/evaluation.js';
import { useI18n, useT } from '../../../i18n/context.js';
import { formatDate } from '../../../lib/dates.js';
import { LevelTag, useScoreText } from './labels.js';

export function GateReport({ e }: { e: EvaluationView }) {
  const t = useT();
  const scoreText = useScoreText();
  const g = e.gate;
  if (!g) return <Alert type="info" showIcon title={t('evaluation.gate.hidden')} style={{ marginBottom: 16 }} />;
  const lvl = (l: typeof g.level) => (l ? t(`evaluation.levelShort.${l}`) : '—');
  return (
    <Card title={t('evaluation.gate')} style={{ marginBottom: 16 }}>
      <Typography.Paragraph>
        {t('evaluation.gate.summary', { score: scoreText(g.score), band: lvl(g.bandLevel), gate: lvl(g.gateLevel), level: lvl(g.level) })}
      </Typography.Paragraph>
      {g.noEvidence ? <Alert type="warning" showIcon title={t('evaluation.gate.noEvidence')} style={{ marginBottom: 12 }} /> : null}
      {g.reasons.map((r, i) => (
        <Alert
          key={i}
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          title={r.message}
          description={`${t(`evaluation.levelShort.${r.level}`)} · ${r.rule}`}
        />
      ))}
      <ResponsiveTable<GateCheckView>
        rowKey={(c) => `${c.level}:${c.condition}`}
        size="small"
        pagination={false}
        dataSource={g.checks}
        scroll={{ x: true }}
        columns={[
          {
            title: '',
            key: 'ok',
            width: 40,
            render: (_, c) =>
              c.ok ? (
                <CheckCircleTwoTone twoToneColor="#52c41a" aria-label={t('evaluation.gate.ok')} />
              ) : (
                <CloseCircleTwoTone twoToneColor="#cf1322" aria-label={t('evaluation.gate.failed')} />
              ),
          },
          { title: t('evaluation.level'), key: 'level', render: (_, c) => <LevelTag level={c.level} /> },
          { title: t('evaluation.gate.condition'), dataIndex: 'message', key: 'message' },
          { title: t('evaluation.gate.actual'), key: 'actual', align: 'right', render: (_, c) => scoreText(c.actual) },
          { title: t('evaluation.gate.required'), key: 'required', align: 'right', render: (_, c) => `${c.op} ${c.required}` },
          { title: t('evaluation.gate.rule'), dataIndex: 'rule', key: 'rule' },
        ]}
      />
    </Card>
  );
}

export function TriggersCard({ e }: { e: EvaluationView }) {
  const t = useT();
  const { tx } = useI18n();
  // A person's discipline, or a body's (a collective's triggers carry the unit's).
  const disciplineLabel = (kind: string) => tx(`conduct.discipline.${kind}`, tx(`conduct.unitDiscipline.${kind}`, kind));
  const tr = e.triggers;
  const none = t('evaluation.triggers.none');
  return (
    <Card title={t('evaluation.triggers')} style={{ marginBottom: 16 }}>
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: 'd',
            label: t('evaluation.triggers.disciplines'),
            children: tr.disciplines.length
              ? tr.disciplines.map((d) => `${disciplineLabel(d.kind)} (${formatDate(d.decidedOn)})`).join('; ')
              : none,
          },
          {
            key: 'g',
            label: t('evaluation.triggers.degradations'),
            children: tr.degradations.length ? tr.degradations.map((d) => formatDate(d.concludedOn)).join('; ') : none,
          },
          {
            key: 'v',
            label: t('evaluation.triggers.vote'),
            children: tr.confidenceVote
              ? t('evaluation.triggers.voteValue', {
                  low: tr.confidenceVote.lowVotes,
                  total: tr.confidenceVote.totalVotes,
                  date: formatDate(tr.confidenceVote.votedOn),
                })
              : none,
          },
          {
            key: 's',
            label: t('evaluation.triggers.shortcomings'),
            children: (
              <div>
                {t('evaluation.triggers.shortcomingsValue', { fixed: tr.shortcomings.fixed, total: tr.shortcomings.total })}
                {e.previousShortcomings.map((s, i) => (
                  <div key={i}>
                    {formatDate(s.notedOn)}: {s.text} {s.fixedOn ? `✓ ${formatDate(s.fixedOn)}` : ''}
                  </div>
                ))}
              </div>
            ),
          },
        ]}
      />
    </Card>
  );
}
