// Bản cam kết của tôi: the signed-in person's commitment of a year — write it with the configured
// number of actions, fix it when returned, report mid-year and at year end, see the assessment.
import { TeamOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Card, Empty, Flex, Form, InputNumber, Result, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { todayInVietnam } from '../../../../domain/dates.js';
import { paths } from '../../../app/paths.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { PageHeader } from '../../../components/page-header.js';
import { useT } from '../../../i18n/context.js';
import { applyFieldErrors } from '../../../lib/form-errors.js';
import { useCurrentUser } from '../../../lib/session.js';
import { commitmentKeys, createCommitment, useCommitment, useMyCommitment } from '../api/commitments.js';
import { type ActionFormValues, ActionsEditor } from '../components/actions-editor.js';
import { CommitmentPanel } from '../components/commitment-panel.js';

export const thisYear = () => Number(todayInVietnam().slice(0, 4));
export const yearOf = (v: string | null) => (v && /^\d{4}$/.test(v) ? Number(v) : thisYear());

export default function MyCommitmentPage() {
  const t = useT();
  const can = useCurrentUser().can;
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const year = yearOf(params.get('year'));
  const mine = useMyCommitment(year, can.writeCommitment);
  const [form] = Form.useForm<{ actions: ActionFormValues[] }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const data = mine.data;
  const commitment = useCommitment(data?.commitmentId ?? undefined);

  const create = async () => {
    setError(null);
    const v = await form.validateFields();
    setBusy(true);
    try {
      const created = await createCommitment(year, v.actions ?? []);
      qc.setQueryData(commitmentKeys.detail(created.id), created);
      await qc.invalidateQueries({ queryKey: commitmentKeys.mine(year) });
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
        title={t('commitments.mine.title')}
        extra={
          <>
            <Flex align="center" gap={8}>
              <label htmlFor="commitment-year">{t('commitments.year')}</label>
              <InputNumber<number>
                id="commitment-year"
                min={2000}
                max={2199}
                value={year}
                onChange={(v) => (v ? setParams({ year: String(v) }) : undefined)}
                style={{ width: 100 }}
              />
            </Flex>
            {can.readCommitments ? (
              <Button icon={<TeamOutlined />} onClick={() => navigate(paths.commitmentsOverview({ year: String(year) }))}>
                {t('commitments.overview.title')}
              </Button>
            ) : null}
          </>
        }
      />
      {!can.writeCommitment ? <Result status="info" title={t('commitments.mine.noPerson')} /> : null}
      {can.writeCommitment && mine.isPending ? <Spin /> : null}
      {can.writeCommitment && mine.error ? <ErrorAlert error={mine.error} onReload={() => void mine.refetch()} /> : null}
      {data && !data.commitmentId ? (
        <Card>
          <Empty description={t('commitments.mine.none', { year })} />
          <Typography.Paragraph type="secondary">
            {t('commitments.rules', { min: data.rules.minActions, max: data.rules.maxActions, rule: data.rules.rule })}
          </Typography.Paragraph>
          <ErrorAlert error={error} />
          <Form
            form={form}
            layout="vertical"
            disabled={busy}
            initialValues={{
              actions: Array.from({ length: data.rules.minActions }, () => ({ title: '', evidence: '', dueDate: `${year}-12-31` })),
            }}
          >
            <ActionsEditor year={year} max={data.rules.maxActions} />
          </Form>
          <Flex justify="end" style={{ marginTop: 16 }}>
            <Button type="primary" loading={busy} onClick={() => void create().catch(() => undefined)}>
              {t('commitments.create')}
            </Button>
          </Flex>
        </Card>
      ) : null}
      <ErrorAlert error={commitment.error} onReload={() => void commitment.refetch()} />
      {commitment.data ? (
        <CommitmentPanel
          key={`${commitment.data.id}:${commitment.data.version}`}
          commitment={commitment.data}
          onReload={() => void commitment.refetch()}
        />
      ) : null}
    </>
  );
}
