// A person's record: personal data, qualifications, Party, retirement, tenures, residences.
import { EditOutlined, HistoryOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Space, Spin, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.js';
import { PageHeader } from '../../../components/page-header.js';
import { paths } from '../../../app/paths.js';
import { useI18n } from '../../../i18n/context.js';
import { useCurrentUser } from '../../../lib/session.js';
import { PersonDisciplineCard } from '../components/person-discipline-card.js';
import { PersonEvaluationHistory } from '../components/person-evaluation-history.js';
import { ResponsibilitiesCard } from '../../../components/responsibilities/responsibilities-card.js';
import { usePerson, type TenureViewData } from '../../../lib/api/people.js';
import {
  PartySection,
  PersonalSection,
  QualificationsSection,
  ResidenceSection,
  RetirementSection,
  Section,
} from '../components/person-sections.js';
import { AddResidenceDialog, AddTenureDialog, EndTenureDialog } from '../components/tenure-dialogs.js';
import { type TenureMove, TenureTable } from '../components/tenure-table.js';
import { usePersonMoves } from '../../../lib/api/personnel-moves.js';
import { PersonExemplarsCard } from '../../../components/training/person-exemplars-card.js';
import { PersonTrainingCard } from '../../../components/training/person-training-card.js';

export default function PersonDetailPage() {
  const { t, tx } = useI18n();
  const me = useCurrentUser();
  const { id } = useParams();
  const navigate = useNavigate();
  const { data: p, error, isPending, refetch } = usePerson(id);
  const [adding, setAdding] = useState(false);
  const [addingResidence, setAddingResidence] = useState(false);
  const [ending, setEnding] = useState<TenureViewData | null>(null);
  // The decided moves behind the tenures (personnel.read in scope, or one's own): each tenure links to its decision.
  const moves = usePersonMoves(id ?? '', !!id && (me.can.readPersonnel || me.personId === id));

  if (isPending) return <Spin />;
  if (error) return <ErrorAlert error={error} onReload={() => void refetch()} />;

  const tenureMoves = new Map<string, TenureMove[]>();
  for (const m of moves.data?.items ?? [])
    for (const l of m.tenures)
      tenureMoves.set(l.id, [
        ...(tenureMoves.get(l.id) ?? []),
        { proposalId: m.id, kind: m.kind, effect: l.effect, ref: m.decision.ref, date: m.decision.date, signer: m.decision.signer },
      ]);

  return (
    <>
      <PageHeader
        title={p.fullName}
        subtitle={
          <Space size={8} wrap>
            <Link to={paths.org(p.unitId)}>{p.unitName}</Link>
            <Tag>{tx(`personKind.${p.kind}`, p.kind)}</Tag>
          </Space>
        }
        extra={
          <>
            {p.actions.edit ? (
              <Button type="primary" icon={<EditOutlined />} onClick={() => navigate(paths.personEdit(p.id))}>
                {t('action.edit')}
              </Button>
            ) : null}
            {p.actions.addTenure ? (
              <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
                {t('people.tenure.add')}
              </Button>
            ) : null}
            {p.actions.viewAudit ? (
              <Button icon={<HistoryOutlined />} onClick={() => navigate(paths.audit({ personId: p.id }))}>
                {t('people.history')}
              </Button>
            ) : null}
          </>
        }
      />
      <PersonalSection p={p} />
      <QualificationsSection p={p} />
      {/* The training record: training.read, or one's own (training.read_own); asking otherwise answers 403. */}
      {me.can.readTraining || me.personId === p.id ? <PersonTrainingCard personId={p.id} /> : null}
      <PartySection p={p} />
      <RetirementSection p={p} />
      <ResponsibilitiesCard person={{ id: p.id, fullName: p.fullName, unitId: p.unitId, unitName: p.unitName }} />
      <PersonEvaluationHistory personId={p.id} />
      {/* Conduct records are read only by roles holding conduct.read (asking otherwise answers 403). */}
      {me.can.readConduct ? <PersonDisciplineCard personId={p.id} /> : null}
      <PersonExemplarsCard personId={p.id} />
      <Section title={t('people.section.tenures')}>
        <TenureTable tenures={p.tenures} moves={tenureMoves} canEnd={p.actions.addTenure} onEnd={setEnding} />
      </Section>
      <ResidenceSection
        p={p}
        extra={
          p.actions.edit ? (
            <Button size="small" icon={<PlusOutlined />} onClick={() => setAddingResidence(true)}>
              {t('people.residence.add')}
            </Button>
          ) : null
        }
      />
      {p.actions.addTenure ? (
        <AddTenureDialog personId={p.id} unitId={p.unitId} unitName={p.unitName} open={adding} onClose={() => setAdding(false)} />
      ) : null}
      <EndTenureDialog tenure={ending} onClose={() => setEnding(null)} />
      {p.actions.edit ? <AddResidenceDialog personId={p.id} open={addingResidence} onClose={() => setAddingResidence(false)} /> : null}
    </>
  );
}
