// Nhập từ Excel: template, target unit, mode, upload, then a progress bar and the result.
// The job id is kept in the URL so a reload keeps following the same import.
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Progress, Radio, Spin, Typography, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { JobView } from '../../../../contracts/jobs.js';
import { MAX_IMPORT_BYTES, type ImportMode } from '../../../../contracts/people-excel.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { PageHeader } from '../../../components/page-header.js';
import { RequireCapability } from '../../../components/require-capability.js';
import { UnitPicker } from '../../../components/pickers/unit-picker.js';
import { paths } from '../../../app/paths.js';
import { useT } from '../../../i18n/context.js';
import { ApiError } from '../../../lib/api-client.js';
import { applyFieldErrors } from '../../../lib/form-errors.js';
import { useJob } from '../../../lib/api/jobs.js';
import { TEMPLATE_URL, uploadImport } from '../api/import.js';
import { ImportResult } from '../components/import-result.js';

interface Values {
  unitId: string;
  mode: ImportMode;
  file: UploadFile[];
}

function JobProgress({ job }: { job: JobView | undefined }) {
  const t = useT();
  const phase = job?.phase ?? 'validating';
  const percent = job && job.total > 0 ? Math.floor((job.done / job.total) * 100) : 0;
  return (
    <div role="status" aria-live="polite">
      <Typography.Paragraph>
        <Spin size="small" style={{ marginInlineEnd: 8 }} />
        {t(phase === 'writing' ? 'import.phase.writing' : phase === 'done' ? 'import.phase.done' : 'import.phase.validating')}
        {job && job.total > 0 ? ` — ${t('import.progress', { done: job.done, total: job.total })}` : ''}
      </Typography.Paragraph>
      <Progress percent={percent} status="active" aria-label={t('import.progressLabel')} />
    </div>
  );
}

function ImportPageContent() {
  const t = useT();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const jobId = params.get('job');
  const job = useJob(jobId);
  const [form] = Form.useForm<Values>();
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [unitId, setUnitId] = useState<string | null>(null);

  const submit = async (v: Values) => {
    const file = v.file?.[0]?.originFileObj;
    if (!file) return;
    setUploading(true);
    setError(null);
    try {
      const { jobId: id } = await uploadImport(file, v.unitId, v.mode);
      setUnitId(v.unitId);
      setParams({ job: id }, { replace: false });
    } catch (err) {
      setError(err);
      if (err instanceof ApiError) applyFieldErrors(form, err);
    } finally {
      setUploading(false);
    }
  };

  const finished = job.data && job.data.status !== 'running';

  return (
    <>
      <PageHeader
        title={t('import.title')}
        extra={
          <Button icon={<DownloadOutlined />} href={TEMPLATE_URL} download>
            {t('import.template')}
          </Button>
        }
      />
      {!jobId ? (
        <Card>
          <Typography.Paragraph>{t('import.intro')}</Typography.Paragraph>
          <ErrorAlert error={error} />
          <Form<Values>
            form={form}
            layout="vertical"
            initialValues={{ mode: 'all', file: [] }}
            onFinish={(v) => void submit(v)}
            disabled={uploading}
            style={{ maxWidth: 640 }}
          >
            <Form.Item
              name="unitId"
              label={t('import.unit')}
              extra={t('import.unitHelp')}
              rules={[{ required: true, message: t('v.required') }]}
            >
              <UnitPicker />
            </Form.Item>
            <Form.Item name="mode" label={t('import.mode')}>
              <Radio.Group
                style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
                options={[
                  { value: 'all', label: t('import.mode.all') },
                  { value: 'valid', label: t('import.mode.valid') },
                ]}
              />
            </Form.Item>
            <Form.Item
              name="file"
              label={t('import.file')}
              valuePropName="fileList"
              getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList.slice(-1)}
              rules={[
                { required: true, type: 'array', min: 1, message: t('import.fileRequired') },
                {
                  validator: async (_, list: UploadFile[] | undefined) => {
                    const f = list?.[0];
                    if (f && !/\.xlsx$/i.test(f.name)) throw new Error(t('import.fileType'));
                    if (f && (f.size ?? 0) > MAX_IMPORT_BYTES)
                      throw new Error(t('import.fileSize', { mb: MAX_IMPORT_BYTES / 1024 / 1024 }));
                  },
                },
              ]}
            >
              <Upload
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                maxCount={1}
                beforeUpload={() => false}
              >
                <Button icon={<UploadOutlined />}>{t('import.chooseFile')}</Button>
              </Upload>
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={uploading}>
              {t('import.submit')}
            </Button>
          </Form>
        </Card>
      ) : (
        <Card>
          {job.error ? <ErrorAlert error={job.error} /> : null}
          {!finished && !job.error ? <JobProgress job={job.data} /> : null}
          {finished && job.data ? <ImportResult job={job.data} /> : null}
          {finished || job.error ? (
            <Flex gap={8} wrap style={{ marginTop: 16 }}>
              <Button onClick={() => setParams({})}>{t('import.again')}</Button>
              <Button type="primary" onClick={() => navigate(paths.people(unitId ? { unitId } : undefined))}>
                {t('import.toList')}
              </Button>
            </Flex>
          ) : null}
        </Card>
      )}
    </>
  );
}

export default function ImportPage() {
  return (
    <RequireCapability can="importPeople">
      <ImportPageContent />
    </RequireCapability>
  );
}
