// Chương trình hành động của tôi: a leader's yearly action plan — write it for a leadership post held
// today (commitments for the unit, the example set, milestones), submit it to the standing committee,
// read the comment when it comes back, fix it and submit again; once approved, follow its milestones.
import { TeamOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Card, Empty, Flex, Form, InputNumber, Result, Select, Spin } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { todayInVietnam } from '../../../../domain/dates.js';
import { paths } from '../../../app/paths.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { PageHeader } from '../../../components/page-header.js';
import { useT } from '../../../i18n/context.js';
import { applyFieldErrors } from '../../../lib/form-errors.js';
import { useCurrentUser } from '../../../lib/session.js';
import { type ItemValues, actionPlanKeys, createActionPlan, useActionPlan, useMyActionPlan } from '../api/action-plans.js';
import { ActionPlanPanel, toInput } from '../components/action-plan-panel.js';
import { ItemsEditor, blankItem } from '../components/items-editor.js';

/** The year of the page's `?year=`, else this year. */
export const yearOf = (v: string | null) => (v && /^\d{4}$/.test(v) ? Number(v) : Number(todayInVietnam().slice(0, 4)));

export default function MyActionPlanPage() {
  const t = useT();
  const can = useCurrentUser().can;
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const year = yearOf(params.get('year'));
  const mine = useMyActionPlan(year, can.writeActionPlan);
  const [form] = Form.useForm<{ postId: string; items: ItemValues[] }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const data = mine.data;
  const plan = useActionPlan(data?.planId);
  const postId = Form.useWatch('postId', form) ?? data?.posts[0]?.postId;
  const post = data?.posts.find((p) => p.postId === postId);

  const create = async () => {
    setError(null);
    const v = await form.validateFields();
    setBusy(true);
    try {
      const created = await createActionPlan(year, v.postId, toInput(v.items));
      qc.setQueryData(actionPlanKeys.detail(created.id), created);
      await qc.invalidateQueries({ queryKey: actionPlanKeys.mine(year) });
    } catch (err) {
      setError(err);
      applyFieldErrors(form, err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeader
        title={t('actionPlans.mine.title')}
        extra={
          <>
            <Flex align="center" gap={8}>
              <label htmlFor="action-plan-year">{t('actionPlans.year')}</label>
              <InputNumber<number>
                id="action-plan-year"
                min={2000}
                max={2199}
                value={year}
                onChange={(v) => (v ? setParams({ year: String(v) }) : undefined)}
                style={{ width: 100 }}
              />
            </Flex>
            {can.readActionPlans ? (
              <Button icon={<TeamOutlined />} onClick={() => void navigate(paths.actionPlansBoard({ year: String(year) }))}>
                {t('actionPlans.board.title')}
              </Button>
            ) : null}
          </>
        }
      />
      {!can.writeActionPlan ? <Result status="info" title={t('actionPlans.mine.notLeader')} /> : null}
      {can.writeActionPlan && mine.isPending ? <Spin /> : null}
      {can.writeActionPlan && mine.error ? <ErrorAlert error={mine.error} onReload={() => void mine.refetch()} /> : null}
      {data && !data.planId ? (
        <Card>
          <Empty description={t('actionPlans.mine.none', { year })} />
          <ErrorAlert error={error} />
          <Form
            form={form}
            layout="vertical"
            disabled={busy}
            initialValues={{ postId: data.posts[0]?.postId, items: [blankItem('target', year), blankItem('example', year)] }}
          >
            <Form.Item name="postId" label={t('actionPlans.post')} rules={[{ required: true, message: t('v.required') }]}>
              <Select
                style={{ maxWidth: 480 }}
                options={data.posts.map((p) => ({ value: p.postId, label: `${p.postTitle} · ${p.unitName}` }))}
              />
            </Form.Item>
            <ItemsEditor year={year} indicators={post?.indicators ?? []} />
          </Form>
          <Flex justify="end" style={{ marginTop: 16 }}>
            <Button type="primary" loading={busy} onClick={() => void create().catch(() => undefined)}>
              {t('actionPlans.create')}
            </Button>
          </Flex>
        </Card>
      ) : null}
      <ErrorAlert error={plan.error} onReload={() => void plan.refetch()} />
      {plan.data ? (
        <ActionPlanPanel key={`${plan.data.id}:${plan.data.version}`} plan={plan.data} onReload={() => void plan.refetch()} />
      ) : null}
    </>
  );
}
