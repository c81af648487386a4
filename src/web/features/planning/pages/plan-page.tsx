// One plan (unit × term): each post with its candidates and their rule checks, the caps, committees and
// structure, the approvals; the organising body adds and removes candidates, the standing committee
// approves; any reader may look at the plan as it stood on a past day.
import { Alert, Breadcrumb, Button, Card, Flex, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { paths } from '../../../app/paths.js';
import { DateInput } from '../../../components/date-input.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { PageHeader } from '../../../components/page-header.js';
import { useT } from '../../../i18n/context.js';
import type { MessageKey } from '../../../i18n/vi.js';
import { formatDate, today } from '../../../lib/dates.js';
import { type PlanView, usePlan } from '../api/planning.js';
import { CandidateCard } from '../components/candidate-card.js';
import { PlanDocuments } from '../components/plan-documents.js';
import { AddCandidateDialog, ApproveDialog, BallotDialog, RemoveCandidateDialog } from '../components/planning-dialogs.js';
import { ReviewCard } from '../components/review-card.js';
import { RuleChecks } from '../components/rule-checks.js';

const month = (m: string) => `${m.slice(5, 7)}/${m.slice(0, 4)}`;
const pct = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

function PostCard({
  post,
  plan,
  onAdd,
  onRemove,
  onBallot,
}: {
  post: PlanView['posts'][number];
  plan: PlanView;
  onAdd: () => void;
  onRemove: (c: { id: string; name: string }) => void;
  onBallot: () => void;
}) {
  const t = useT();
  const standards = Object.entries(post.standards)
    .map(([d, l]) => `${t(`planning.dimension.${d}` as MessageKey)} ${t(`planning.level.${l}` as MessageKey)}`)
    .join(', ');
  return (
    <Card
      size="small"
      data-testid={`post-${post.code}`}
      title={
        <Typography.Title level={3} style={{ fontSize: 15, margin: 0, whiteSpace: 'normal' }}>
          {post.title}
        </Typography.Title>
      }
      style={{ marginBottom: 12 }}
    >
      <Flex gap={8} wrap style={{ marginBottom: 8, fontSize: 13 }}>
        <Tag>{t('planning.referenceMonth', { month: month(post.referenceMonth) })}</Tag>
        {post.cap !== null ? <Tag>{t('planning.cap', { cap: post.cap })}</Tag> : null}
        {standards ? <Tag style={{ whiteSpace: 'normal' }}>{t('planning.standards', { value: standards })}</Tag> : null}
      </Flex>
      {post.capCheck && post.capCheck.outcome !== 'pass' ? <RuleChecks checks={[post.capCheck]} /> : null}
      {post.candidates.length === 0 ? <Typography.Paragraph type="secondary">{t('planning.noCandidate')}</Typography.Paragraph> : null}
      {post.candidates.map((c) => (
        <CandidateCard key={c.id} c={c} onRemove={plan.actions.removeCandidate ? () => onRemove({ id: c.id, name: c.name }) : undefined} />
      ))}
      {post.ballot ? (
        <div style={{ marginTop: 8 }}>
          <Typography.Text strong>{t('planning.ballot')}</Typography.Text>
          {post.ballot.rounds.map((r) => (
            <div key={r.round} style={{ marginTop: 4 }}>
              <Typography.Text>
                {t('planning.ballotRound', { round: r.round, date: formatDate(r.heldOn), present: r.present, members: r.members })}
              </Typography.Text>
              <RuleChecks checks={[r.quorum, ...r.candidates.map((c) => ({ ...c.check, message: `${c.name}: ${c.check.message}` }))]} />
            </div>
          ))}
          {post.ballot.selected.length > 0 ? (
            <Typography.Text>
              {t('planning.ballotSelected', {
                names: post.ballot.selected.map((id) => post.candidates.find((c) => c.personId === id)?.name ?? '—').join(', '),
              })}
            </Typography.Text>
          ) : null}
        </div>
      ) : null}
      <Flex gap={8} wrap style={{ marginTop: 4 }}>
        {plan.actions.addCandidate ? <Button onClick={onAdd}>{t('planning.add')}</Button> : null}
        {plan.actions.recordBallot && post.candidates.length > 0 ? <Button onClick={onBallot}>{t('planning.ballotRecord')}</Button> : null}
      </Flex>
    </Card>
  );
}

export default function PlanPage() {
  const t = useT();
  const { id } = useParams();
  const [params, setParams] = useSearchParams();
  const asOf = params.get('asOf') ?? undefined;
  const plan = usePlan(id, asOf);
  const [adding, setAdding] = useState<PlanView['posts'][number] | null>(null);
  const [removing, setRemoving] = useState<{ id: string; name: string } | null>(null);
  const [approving, setApproving] = useState(false);
  const [balloting, setBalloting] = useState<PlanView['posts'][number] | null>(null);
  const p = plan.data;

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { title: <Link to={paths.planning(p ? { unitId: p.unitId } : undefined)}>{t('planning.title')}</Link> },
          { title: p?.termName ?? '' },
        ]}
      />
      <ErrorAlert error={plan.error} />
      {plan.isLoading ? <Spin /> : null}
      {p ? (
        <>
          <PageHeader
            title={`${p.unitName} — ${p.termName}`}
            subtitle={t('planning.subtitle')}
            extra={
              p.actions.approve ? (
                <Button type="primary" onClick={() => setApproving(true)}>
                  {t('planning.approve')}
                </Button>
              ) : null
            }
          />
          <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
            <Tag color={p.status === 'approved' ? 'green' : 'gold'}>{t(`planning.status.${p.status}`)}</Tag>
            <Typography.Text type="secondary">
              {t('planning.reviewWindow', { from: formatDate(p.reviewWindow.from), to: formatDate(p.reviewWindow.to) })}
            </Typography.Text>
          </Flex>
          {p.ownWork ? <Alert type="info" showIcon title={t('planning.ownWork')} style={{ marginBottom: 12 }} /> : null}
          {p.status === 'approved' && !p.reviewWindow.open && !asOf ? (
            <Alert type="info" showIcon title={t('planning.reviewClosed')} style={{ marginBottom: 12 }} />
          ) : null}
          {p.approvals.length > 0 ? (
            <Card size="small" title={t('planning.approvals')} style={{ marginBottom: 12 }}>
              {p.approvals.map((a) => (
                <div key={`${a.decisionRef}-${a.decisionDate}`}>
                  {t('planning.approvalLine', { ref: a.decisionRef, date: formatDate(a.decisionDate), count: a.candidates })}
                </div>
              ))}
            </Card>
          ) : null}
          <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }}>
            <label htmlFor="plan-as-of">{t('planning.asOf')}</label>
            <DateInput
              id="plan-as-of"
              max={today()}
              value={asOf ?? null}
              onChange={(v: string | null) => setParams(v ? { asOf: v } : {})}
            />
            {asOf ? <Typography.Text type="secondary">{t('planning.asOfNote', { date: formatDate(asOf) })}</Typography.Text> : null}
          </Flex>

          <PlanDocuments plan={p} asOf={asOf} />

          <Typography.Title level={2} style={{ fontSize: 18 }}>
            {t('planning.posts')}
          </Typography.Title>
          {p.posts.map((post) => (
            <PostCard
              key={post.code}
              post={post}
              plan={p}
              onAdd={() => setAdding(post)}
              onRemove={setRemoving}
              onBallot={() => setBalloting(post)}
            />
          ))}

          {p.concurrentPosts.length > 0 ? (
            <Card size="small" title={t('planning.concurrent')} style={{ marginBottom: 12 }}>
              {p.concurrentPosts.map((c) => (
                <div key={c.code}>{t('planning.concurrentLine', { post: c.title, with: c.withTitle })}</div>
              ))}
            </Card>
          ) : null}

          {p.committees.length > 0 ? (
            <Card size="small" title={t('planning.committees')} style={{ marginBottom: 12 }}>
              {p.committees.map((c) => (
                <div key={c.committee} style={{ marginBottom: 6 }}>
                  <Typography.Text strong>{t(`planning.committee.${c.committee}`)}: </Typography.Text>
                  {t('planning.committeeLine', { planned: c.planned, fixed: c.fixed })}
                  <RuleChecks checks={[c.check]} />
                </div>
              ))}
            </Card>
          ) : null}

          <Card size="small" title={t('planning.structure')} style={{ marginBottom: 12 }}>
            <Typography.Paragraph>{t('planning.structure.total', { count: p.structure.total })}</Typography.Paragraph>
            <Flex gap={16} wrap style={{ marginBottom: 8 }}>
              {(['young', 'female', 'ethnicMinority', 'scienceTechnology'] as const).map((d) => (
                <span key={d}>
                  {t(`planning.structure.${d}`)}: {p.structure.shares[d]?.count ?? 0}
                  {p.structure.shares[d]?.pct !== null && p.structure.shares[d]?.pct !== undefined
                    ? ` (${pct.format(p.structure.shares[d].pct)}%)`
                    : ''}
                </span>
              ))}
            </Flex>
            <RuleChecks checks={p.structure.checks} />
          </Card>

          {!asOf ? <ReviewCard planId={p.id} /> : null}

          {p.removed.length > 0 ? (
            <Card size="small" title={t('planning.removed')} style={{ marginBottom: 12 }}>
              {p.removed.map((c) => (
                <CandidateCard key={c.id} c={c} />
              ))}
            </Card>
          ) : null}

          <AddCandidateDialog plan={p} post={adding} open={!!adding} onClose={() => setAdding(null)} />
          <RemoveCandidateDialog plan={p} candidate={removing} onClose={() => setRemoving(null)} />
          <ApproveDialog plan={p} open={approving} onClose={() => setApproving(false)} />
          <BallotDialog plan={p} post={balloting} onClose={() => setBalloting(null)} />
        </>
      ) : null}
    </>
  );
}
