// The committee's administration on the cells dashboard (decision 0041): official transfers against their
// deadlines, the HD 06 six-monthly check of the member list (set up, marked done), the quarterly reports and
// the member list to download, and members into cells from Excel with the import's progress and result.
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Form, Input, InputNumber, Progress, Select, Tag, Typography, Upload } from 'antd';
import type { JobView } from '../../../../contracts/jobs.js';
import { useEffect, useState } from 'react';
import { MAX_IMPORT_BYTES } from '../../../../contracts/people-excel.js';
import { DateInput } from '../../../components/date-input.js';
import { DownloadButton } from '../../../components/download-button.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { FormDialog } from '../../../components/form-dialog.js';
import { useT } from '../../../i18n/context.js';
import { useJob } from '../../../lib/api/jobs.js';
import { formatDate } from '../../../lib/dates.js';
import { useCurrentUser } from '../../../lib/session.js';
import { type CheckView, adminKeys, createCheck, markCheckDone, uploadMembers, useChecks, useTransfers } from '../api/party-cells-admin.js';

const STATE_COLOR: Record<string, string> = {
  pending: 'default',
  file_soon: 'gold',
  file_late: 'red',
  present_late: 'red',
  arrived: 'green',
  open: 'default',
  due_soon: 'gold',
  late: 'red',
  done: 'green',
};

export function TransfersCard({ unitId }: { unitId: string }) {
  const t = useT();
  const q = useTransfers(unitId);
  if (!q.data || q.data.items.length === 0) return null;
  return (
    <Card size="small" style={{ marginTop: 12 }} title={t('cells.admin.transfers')} data-testid="transfers-card">
      <Typography.Paragraph type="secondary">{q.data.rule}</Typography.Paragraph>
      <Flex vertical gap={8}>
        {q.data.items.map((i) => (
          <div key={i.membershipId}>
            <Tag color={STATE_COLOR[i.state]}>{t(`cells.admin.transfer.${i.state}`)}</Tag>
            <strong>{i.name}</strong> ({i.cellName}, {t('cells.admin.letterOn', { date: formatDate(i.letterOn) })}): {i.message}
          </div>
        ))}
      </Flex>
    </Card>
  );
}

export function ChecksCard({ unitId }: { unitId: string }) {
  const t = useT();
  const qc = useQueryClient();
  const q = useChecks(unitId);
  const [creating, setCreating] = useState(false);
  const [doing, setDoing] = useState<CheckView | null>(null);
  if (!q.data || (q.data.items.length === 0 && !q.data.canManage)) return null;
  const reload = () => void qc.invalidateQueries({ queryKey: adminKeys.checks(unitId) });
  const year = new Date().getFullYear();
  return (
    <Card
      size="small"
      style={{ marginTop: 12 }}
      title={t('cells.admin.checks')}
      data-testid="checks-card"
      extra={q.data.canManage ? <Button onClick={() => setCreating(true)}>{t('cells.admin.check.create')}</Button> : null}
    >
      <Typography.Paragraph type="secondary">{q.data.rule}</Typography.Paragraph>
      {q.data.items.length === 0 ? <Typography.Text>{t('cells.admin.check.none')}</Typography.Text> : null}
      <Flex vertical gap={8}>
        {q.data.items.map((c) => (
          <Flex key={c.id} gap={8} wrap align="center">
            <Tag color={STATE_COLOR[c.state]}>{t(`cells.admin.check.${c.state}`)}</Tag>
            <span>
              {t('cells.admin.check.period', { half: c.half, year: c.year })} · {t('cells.admin.check.due', { date: formatDate(c.dueOn) })}
              {c.doneOn ? ` · ${t('cells.admin.check.doneOn', { date: formatDate(c.doneOn) })}: ${c.result}` : ''}
            </span>
            {!c.doneOn && q.data.canManage ? (
              <Button size="small" onClick={() => setDoing(c)}>
                {t('cells.admin.check.markDone')}
              </Button>
            ) : null}
          </Flex>
        ))}
      </Flex>
      <FormDialog<{ year: number; half: 1 | 2; dueOn?: string | null }>
        open={creating}
        title={t('cells.admin.check.create')}
        onClose={() => setCreating(false)}
        initialValues={{ year, half: new Date().getMonth() < 6 ? 1 : 2 }}
        submit={(v) => createCheck(unitId, v)}
        onDone={reload}
      >
        <Form.Item name="year" label={t('cells.admin.check.year')} rules={[{ required: true }]}>
          <InputNumber min={1930} max={2200} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="half" label={t('cells.admin.check.half')} rules={[{ required: true }]}>
          <Select
            options={[1, 2].map((h) => ({ value: h, label: t('cells.admin.check.halfN', { half: h }) }))}
            aria-label={t('cells.admin.check.half')}
          />
        </Form.Item>
        <Form.Item name="dueOn" label={t('cells.admin.check.dueOn')} extra={t('cells.admin.check.dueHelp')}>
          <DateInput />
        </Form.Item>
      </FormDialog>
      <FormDialog<{ doneOn: string; result: string }>
        open={doing !== null}
        title={t('cells.admin.check.markDone')}
        onClose={() => setDoing(null)}
        submit={(v) => markCheckDone(doing!.id, { ...v, version: doing!.version })}
        onDone={reload}
        onReload={reload}
      >
        <Form.Item name="doneOn" label={t('cells.admin.check.doneDay')} rules={[{ required: true, message: t('cells.admin.required') }]}>
          <DateInput />
        </Form.Item>
        <Form.Item name="result" label={t('cells.admin.check.result')} rules={[{ required: true, message: t('cells.admin.required') }]}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
      </FormDialog>
    </Card>
  );
}

/** The quarter of 'YYYY-MM'. */
const quarterOf = (month: string) => ({ year: Number(month.slice(0, 4)), quarter: Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1 });

export function ReportsCard({ unitId, month }: { unitId: string; month: string }) {
  const t = useT();
  const canManage = useCurrentUser().can.manageCells;
  const qc = useQueryClient();
  const [period, setPeriod] = useState(quarterOf(month));
  const [jobId, setJobId] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [uploading, setUploading] = useState(false);
  const job = useJob(jobId);
  const years = [0, 1, 2].map((d) => quarterOf(month).year - d);
  const upload = async (file: File) => {
    setError(null);
    setJobId(null);
    if (file.size > MAX_IMPORT_BYTES) return setError(new Error(t('import.fileSize', { mb: MAX_IMPORT_BYTES / 1024 / 1024 })));
    setUploading(true);
    try {
      setJobId((await uploadMembers(file, unitId)).jobId);
    } catch (err) {
      setError(err);
    } finally {
      setUploading(false);
    }
  };
  const done = job.data && job.data.status !== 'running';
  const succeeded = job.data?.status === 'succeeded';
  useEffect(() => {
    if (succeeded) void qc.invalidateQueries({ queryKey: ['party-cells', 'dashboard'] });
  }, [succeeded, qc]);
  return (
    <Card size="small" style={{ marginTop: 12 }} title={t('cells.admin.reports')} data-testid="reports-card">
      <Flex gap={8} wrap style={{ marginBottom: 8 }}>
        <Select
          aria-label={t('cells.admin.quarter')}
          value={`${period.year}-${period.quarter}`}
          style={{ minWidth: 160 }}
          onChange={(v: string) => setPeriod({ year: Number(v.slice(0, 4)), quarter: Number(v.slice(5)) })}
          options={years.flatMap((y) =>
            [4, 3, 2, 1].map((q) => ({ value: `${y}-${q}`, label: t('cells.admin.quarterN', { quarter: q, year: y }) })),
          )}
        />
      </Flex>
      <Flex gap={8} wrap>
        {(['meetings', 'development'] as const).flatMap((kind) =>
          (['pdf', 'xlsx'] as const).map((format) => (
            <DownloadButton
              key={`${kind}-${format}`}
              path={`/api/party-cells/units/${unitId}/quarterly-report`}
              query={{ ...period, kind, format }}
              fallbackName={`${kind}.${format}`}
            >
              {t(`cells.admin.report.${kind}`)} ({format === 'pdf' ? 'PDF' : 'Excel'})
            </DownloadButton>
          )),
        )}
        <DownloadButton path={`/api/party-cells/units/${unitId}/members.xlsx`} fallbackName="dang-vien.xlsx">
          {t('cells.admin.memberList')}
        </DownloadButton>
      </Flex>
      {canManage ? (
        <section style={{ marginTop: 16 }}>
          <Typography.Title level={3} style={{ fontSize: 15 }}>
            {t('cells.admin.import')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('cells.admin.importHelp')}</Typography.Paragraph>
          <Flex gap={8} wrap style={{ marginBottom: 12 }}>
            <DownloadButton path={`/api/party-cells/units/${unitId}/members/template.xlsx`} fallbackName="mau.xlsx">
              {t('import.template')}
            </DownloadButton>
            <Upload
              accept=".xlsx"
              showUploadList={false}
              beforeUpload={(file) => {
                void upload(file);
                return false;
              }}
            >
              <Button icon={<UploadOutlined />} type="primary" loading={uploading}>
                {t('cells.admin.importButton')}
              </Button>
            </Upload>
          </Flex>
          <ErrorAlert error={error ?? job.error} />
          {jobId && !done ? (
            <Progress
              percent={job.data && job.data.total > 0 ? Math.floor((job.data.done / job.data.total) * 100) : 0}
              status="active"
              aria-label={t('import.progressLabel')}
            />
          ) : null}
          {done && job.data ? <ImportOutcome job={job.data} /> : null}
        </section>
      ) : null}
    </Card>
  );
}

/** The import's outcome: members written, or why nothing was, with the error workbook and the first problems. */
function ImportOutcome({ job }: { job: JobView }) {
  const t = useT();
  const s = job.summary;
  const ok = job.status === 'succeeded';
  const title = job.error
    ? job.error.message
    : ok
      ? t('cells.admin.imported', { count: s?.inserted ?? 0 })
      : t('import.done.refused', { invalid: s?.invalid ?? 0 });
  return (
    <Alert
      role={ok ? 'status' : 'alert'}
      type={ok ? 'success' : 'error'}
      showIcon
      title={title}
      description={
        ok ? undefined : (
          <Flex vertical gap={6}>
            <strong>{t('import.nothingWritten')}</strong>
            {(s?.issues ?? []).slice(0, 10).map((i) => (
              <div key={`${i.row}:${i.field}:${i.message}`}>
                {t('cells.admin.issue', { row: i.row, header: i.header })}: {i.message}
              </div>
            ))}
            {job.hasErrorFile ? (
              <Button icon={<DownloadOutlined />} href={`/api/jobs/${job.id}/errors.xlsx`} download style={{ alignSelf: 'flex-start' }}>
                {t('import.errorReport')}
              </Button>
            ) : null}
          </Flex>
        )
      }
    />
  );
}
