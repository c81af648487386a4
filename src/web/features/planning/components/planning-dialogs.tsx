// The planning forms: add a candidate to a post (the server checks every rule and names the field and
// the rule when it refuses; a target-2 candidate who does not yet meet the post's standard comes with a
// training plan: what, by when), remove a candidate with the reason, approve the plan with a decision,
// record a round of the nomination ballot.
import { useQueryClient } from '@tanstack/react-query';
import { Form, Input, InputNumber, Radio } from 'antd';
import { App } from 'antd';
import { DateInput } from '../../../components/date-input.js';
import { FormDialog } from '../../../components/form-dialog.js';
import { PersonPicker } from '../../../components/pickers/person-picker.js';
import { useT } from '../../../i18n/context.js';
import { today } from '../../../lib/dates.js';
import {
  type AddCandidateResult,
  type PlanView,
  addCandidate,
  approvePlan,
  planningKeys,
  recordBallot,
  removeCandidate,
} from '../api/planning.js';
import { TrainingPlanFields, type TrainingValue } from './training-plan-fields.js';

interface AddValues {
  personId: string;
  targetLevel: 1 | 2;
  training?: TrainingValue[];
  note?: string;
}

export function AddCandidateDialog({
  plan,
  post,
  open,
  onClose,
}: {
  plan: PlanView;
  post: PlanView['posts'][number] | null;
  open: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const qc = useQueryClient();
  const { message } = App.useApp();
  return (
    <FormDialog<AddValues, AddCandidateResult>
      open={open}
      onClose={onClose}
      title={t('planning.addTitle', { post: post?.title ?? '' })}
      okText={t('planning.add')}
      initialValues={{ targetLevel: 1 }}
      successText={t('planning.added')}
      submit={(v) =>
        addCandidate(plan.id, {
          version: plan.version,
          postCode: post!.code,
          personId: v.personId,
          targetLevel: v.targetLevel,
          // The training plan belongs to a target-2 candidate (target 1 must already meet the standard).
          training: v.targetLevel === 2 ? (v.training ?? []) : [],
          note: v.note || null,
        })
      }
      onDone={(r) => {
        for (const w of r.warnings) void message.warning(w.message, 8);
        void qc.invalidateQueries({ queryKey: planningKeys.all });
      }}
      onReload={() => void qc.invalidateQueries({ queryKey: planningKeys.all })}
    >
      <Form.Item name="personId" label={t('planning.person')} rules={[{ required: true, message: t('v.required') }]}>
        <PersonPicker />
      </Form.Item>
      <Form.Item name="targetLevel" label={t('planning.target')} rules={[{ required: true, message: t('v.required') }]}>
        <Radio.Group
          options={[
            { value: 1, label: t('planning.target.1') },
            { value: 2, label: t('planning.target.2') },
          ]}
        />
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(a: AddValues, b: AddValues) => a.targetLevel !== b.targetLevel}>
        {({ getFieldValue }) =>
          getFieldValue('targetLevel') === 2 && post ? (
            <TrainingPlanFields standards={post.standards} referenceMonth={post.referenceMonth} />
          ) : null
        }
      </Form.Item>
      <Form.Item name="note" label={t('planning.note')}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </FormDialog>
  );
}

export function RemoveCandidateDialog({
  plan,
  candidate,
  onClose,
}: {
  plan: PlanView;
  candidate: { id: string; name: string } | null;
  onClose: () => void;
}) {
  const t = useT();
  const qc = useQueryClient();
  return (
    <FormDialog<{ reason: string }, PlanView>
      open={!!candidate}
      onClose={onClose}
      danger
      title={t('planning.removeTitle', { name: candidate?.name ?? '' })}
      okText={t('planning.remove')}
      submit={(v) => removeCandidate(candidate!.id, { version: plan.version, reason: v.reason })}
      onDone={() => void qc.invalidateQueries({ queryKey: planningKeys.all })}
      onReload={() => void qc.invalidateQueries({ queryKey: planningKeys.all })}
    >
      <Form.Item name="reason" label={t('planning.reason')} rules={[{ required: true, message: t('v.required') }]}>
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </FormDialog>
  );
}

export function ApproveDialog({ plan, open, onClose }: { plan: PlanView; open: boolean; onClose: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  return (
    <FormDialog<{ decisionRef: string; decisionDate: string }, PlanView>
      open={open}
      onClose={onClose}
      title={t('planning.approveTitle')}
      okText={t('planning.approve')}
      initialValues={{ decisionDate: today() }}
      submit={(v) => approvePlan(plan.id, { version: plan.version, decisionRef: v.decisionRef, decisionDate: v.decisionDate })}
      onDone={() => void qc.invalidateQueries({ queryKey: planningKeys.all })}
      onReload={() => void qc.invalidateQueries({ queryKey: planningKeys.all })}
    >
      <Form.Item name="decisionRef" label={t('planning.decisionRef')} rules={[{ required: true, message: t('v.required') }]}>
        <Input maxLength={120} placeholder="12-QĐ/ĐU" />
      </Form.Item>
      <Form.Item name="decisionDate" label={t('planning.decisionDate')} rules={[{ required: true, message: t('v.required') }]}>
        <DateInput max={today()} />
      </Form.Item>
    </FormDialog>
  );
}

interface BallotValues {
  round: number;
  heldOn: string;
  members: number;
  present: number;
  votes: Array<{ personId: string; votes: number }>;
}

/** One round of the nomination ballot for a post: members, present, each candidate's votes (the server computes who reaches the threshold). */
export function BallotDialog({ plan, post, onClose }: { plan: PlanView; post: PlanView['posts'][number] | null; onClose: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  const candidates = post?.candidates ?? [];
  const nextRound = (post?.ballot?.rounds.reduce((m, r) => Math.max(m, r.round), 0) ?? 0) + 1;
  return (
    <FormDialog<BallotValues, PlanView>
      open={!!post}
      onClose={onClose}
      title={t('planning.ballotTitle', { post: post?.title ?? '' })}
      okText={t('planning.ballotRecord')}
      initialValues={{ round: nextRound, heldOn: today(), votes: candidates.map((c) => ({ personId: c.personId, votes: 0 })) }}
      successText={t('planning.ballotRecorded')}
      submit={(v) =>
        recordBallot(plan.id, {
          version: plan.version,
          postCode: post!.code,
          round: v.round,
          heldOn: v.heldOn,
          members: v.members,
          present: v.present,
          votes: v.votes.map((x) => ({ personId: x.personId, votes: x.votes })),
        })
      }
      onDone={() => void qc.invalidateQueries({ queryKey: planningKeys.all })}
      onReload={() => void qc.invalidateQueries({ queryKey: planningKeys.all })}
    >
      <Form.Item name="round" label={t('planning.ballotRoundNo')} rules={[{ required: true, message: t('v.required') }]}>
        <InputNumber min={1} max={20} precision={0} />
      </Form.Item>
      <Form.Item name="heldOn" label={t('planning.ballotHeldOn')} rules={[{ required: true, message: t('v.required') }]}>
        <DateInput max={today()} />
      </Form.Item>
      <Form.Item name="members" label={t('planning.ballotMembers')} rules={[{ required: true, message: t('v.required') }]}>
        <InputNumber min={1} max={100000} precision={0} />
      </Form.Item>
      <Form.Item name="present" label={t('planning.ballotPresent')} rules={[{ required: true, message: t('v.required') }]}>
        <InputNumber min={0} max={100000} precision={0} />
      </Form.Item>
      {candidates.map((c, i) => (
        <div key={c.id}>
          <Form.Item name={['votes', i, 'personId']} hidden>
            <Input />
          </Form.Item>
          <Form.Item
            name={['votes', i, 'votes']}
            label={t('planning.ballotVotesOf', { name: c.name })}
            rules={[{ required: true, message: t('v.required') }]}
          >
            <InputNumber min={0} max={100000} precision={0} />
          </Form.Item>
        </div>
      ))}
    </FormDialog>
  );
}
