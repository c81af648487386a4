// One personnel proposal: who, which post, the checks with the ratings, the documents, and either the
// decision form (the competent standing committee: number, date, signer, the vote where needed,
// exceptions where the rules allow one) or the decision and the tenures it ended and started.
import { useQueryClient } from '@tanstack/react-query';
import { Button, Card, Descriptions, Flex, Input, InputNumber, Radio, Spin, Switch, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { paths } from '../../../app/paths.js';
import { DateInput } from '../../../components/date-input.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { PageHeader } from '../../../components/page-header.js';
import { useT } from '../../../i18n/context.js';
import { TEXT } from '../../../../contracts/limits.js';
import { formatDate, today } from '../../../lib/dates.js';
import { useNumberFormat } from '../../../lib/numbers.js';
import { type ProposalView, decide, personnelKeys, useProposal } from '../api/personnel.js';
import { ProposalDocuments } from '../components/proposal-documents.js';
import { ProposalChecks } from '../components/rule-checks.js';

function DecisionForm({ p }: { p: ProposalView }) {
  const t = useT();
  const qc = useQueryClient();
  const [outcome, setOutcome] = useState<'approved' | 'rejected'>('approved');
  const [decisionRef, setRef] = useState('');
  const [decisionDate, setDate] = useState<string | null>(today());
  const [signer, setSigner] = useState('');
  const [vote, setVote] = useState({ members: 0, present: 0, votes: 0, secret: true });
  const failed = p.checks.checks.filter((c) => c.outcome === 'fail' && c.exceptionAllowed);
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await decide(p.id, {
        version: p.version,
        outcome,
        decisionRef,
        decisionDate: decisionDate ?? '',
        signer,
        vote: p.checks.needsVote && outcome === 'approved' ? vote : null,
        exceptions: failed.filter((c) => (reasons[c.code] ?? '').length > 0).map((c) => ({ code: c.code, reason: reasons[c.code] })),
      });
      await qc.invalidateQueries({ queryKey: personnelKeys.all });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const num = (k: 'members' | 'present' | 'votes') => (
    <label>
      {t(`personnel.vote.${k}`)}{' '}
      <InputNumber
        min={0}
        max={100000}
        value={vote[k]}
        onChange={(v) => setVote({ ...vote, [k]: Number(v ?? 0) })}
        aria-label={t(`personnel.vote.${k}`)}
      />
    </label>
  );
  return (
    <Card size="small" title={t('personnel.decide')} data-testid="decision-form">
      <Flex vertical gap={12}>
        <Radio.Group value={outcome} onChange={(e) => setOutcome(e.target.value as 'approved')}>
          <Radio value="approved">{t('personnel.approve')}</Radio>
          <Radio value="rejected">{t('personnel.reject')}</Radio>
        </Radio.Group>
        <Flex gap={12} wrap>
          <label>
            {t('personnel.decisionRef')}{' '}
            <Input
              value={decisionRef}
              maxLength={TEXT.decisionRef}
              onChange={(e) => setRef(e.target.value)}
              aria-label={t('personnel.decisionRef')}
              style={{ width: 180 }}
            />
          </label>
          <label>
            {t('personnel.decisionDate')}{' '}
            <DateInput value={decisionDate} onChange={setDate} max={today()} aria-label={t('personnel.decisionDate')} />
          </label>
          <label>
            {t('personnel.signer')}{' '}
            <Input
              value={signer}
              maxLength={TEXT.displayName}
              onChange={(e) => setSigner(e.target.value)}
              aria-label={t('personnel.signer')}
              style={{ width: 220 }}
            />
          </label>
        </Flex>
        {p.checks.needsVote && outcome === 'approved' ? (
          <Flex gap={12} wrap align="center">
            {num('members')}
            {num('present')}
            {num('votes')}
            <label>
              {t('personnel.vote.secret')} <Switch checked={vote.secret} onChange={(v) => setVote({ ...vote, secret: v })} />
            </label>
          </Flex>
        ) : null}
        {failed.map((c) => (
          <label key={c.code}>
            {t('personnel.exceptionReason')}: {c.message}
            <Input.TextArea
              rows={2}
              maxLength={TEXT.longReason}
              value={reasons[c.code] ?? ''}
              onChange={(e) => setReasons({ ...reasons, [c.code]: e.target.value })}
            />
          </label>
        ))}
        <ErrorAlert error={error} />
        <div>
          <Button type="primary" onClick={() => void submit()} loading={busy}>
            {t('personnel.record')}
          </Button>
        </div>
      </Flex>
    </Card>
  );
}

export default function ProposalPage() {
  const t = useT();
  const { count: formatCount } = useNumberFormat();
  const { id } = useParams();
  const q = useProposal(id);
  const p = q.data;
  return (
    <>
      <PageHeader
        title={p ? `${t(`personnel.kind.${p.kind}`)}: ${p.person.name}` : t('personnel.title')}
        subtitle={t('personnel.subtitle')}
      />
      <ErrorAlert error={q.error} />
      {q.isLoading ? <Spin /> : null}
      {p ? (
        <Flex vertical gap={16}>
          <Card size="small">
            <Descriptions
              size="small"
              column={{ xs: 1, md: 2 }}
              items={[
                {
                  key: 'status',
                  label: t('personnel.status'),
                  children: <Tag data-testid="proposal-status">{t(`personnel.status.${p.status}`)}</Tag>,
                },
                { key: 'person', label: t('personnel.person'), children: <Link to={paths.person(p.person.id)}>{p.person.name}</Link> },
                { key: 'post', label: t('personnel.post'), children: p.post ? `${p.post.name} · ${p.unit.name}` : '—' },
                {
                  key: 'from',
                  label: t('personnel.fromTenure'),
                  children: p.fromTenure ? `${p.fromTenure.post} · ${p.fromTenure.unit}` : '—',
                },
                { key: 'effective', label: t('personnel.effectiveDate'), children: formatDate(p.effectiveDate) },
                ...(p.plannedEndDate ? [{ key: 'end', label: t('personnel.plannedEnd'), children: formatDate(p.plannedEndDate) }] : []),
                { key: 'reason', label: t('personnel.reason'), children: p.reason },
                {
                  key: 'docs',
                  label: t('personnel.documents'),
                  children: (['appraisal', 'assetDeclaration', 'health'] as const)
                    .map((k) => `${p.documents[k] ? '✓' : '✗'} ${t(`personnel.doc.${k}`)}`)
                    .join('; '),
                },
              ]}
            />
          </Card>
          <Card size="small" title={t('personnel.checks')}>
            <ProposalChecks view={p.checks} />
          </Card>
          <ProposalDocuments p={p} />
          {p.actions.decide ? <DecisionForm p={p} /> : null}
          {p.decision ? (
            <Card size="small" title={t('personnel.decision')}>
              <Typography.Paragraph data-testid="decision-line">
                {t('personnel.decisionLine', { ref: p.decision.ref, date: formatDate(p.decision.date), signer: p.decision.signer })}
              </Typography.Paragraph>
              {p.decision.vote ? (
                <Typography.Paragraph>
                  {t('personnel.voteLine', { votes: formatCount(p.decision.vote.votes), members: formatCount(p.decision.vote.members) })}
                </Typography.Paragraph>
              ) : null}
              {p.decision.exceptions.map((e) => (
                <Typography.Paragraph key={e.code}>
                  {t('personnel.exceptionReason')}: {e.reason}
                </Typography.Paragraph>
              ))}
              {p.tenures.map((x) => (
                <div key={x.id} data-testid="decision-tenure">
                  <Tag color={x.effect === 'started' ? 'green' : 'default'}>{t(`personnel.tenure.${x.effect}`)}</Tag>
                  {x.post} · {formatDate(x.startDate)}
                  {x.endDate ? ` – ${formatDate(x.endDate)}` : ''}
                </div>
              ))}
            </Card>
          ) : null}
        </Flex>
      ) : null}
    </>
  );
}
