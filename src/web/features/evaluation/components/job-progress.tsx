// Follows an evaluation job (opening or closing a period) with a progress bar; calls onFinished once.
import { Alert, Progress, Spin, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import type { JobView } from '../../../../contracts/jobs.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { useT } from '../../../i18n/context.js';
import { useJob } from '../../../lib/api/jobs.js';

interface Props {
  jobId: string;
  kind: 'open' | 'close';
  onFinished?: (job: JobView) => void;
}

export function EvaluationJobProgress({ jobId, kind, onFinished }: Props) {
  const t = useT();
  const job = useJob(jobId);
  const reported = useRef(false);
  const data = job.data;
  useEffect(() => {
    if (data && data.status !== 'running' && !reported.current) {
      reported.current = true;
      onFinished?.(data);
    }
  }, [data, onFinished]);
  if (job.error) return <ErrorAlert error={job.error} />;
  if (data?.status === 'failed')
    return (
      <Alert
        type="error"
        showIcon
        role="alert"
        title={t('evaluation.job.failed')}
        description={data.error?.message}
        style={{ marginBottom: 16 }}
      />
    );
  if (data?.status === 'succeeded') return <Alert type="success" showIcon title={t('evaluation.job.done')} style={{ marginBottom: 16 }} />;
  const percent = data && data.total > 0 ? Math.floor((data.done / data.total) * 100) : 0;
  return (
    <div role="status" aria-live="polite" style={{ marginBottom: 16 }}>
      <Typography.Paragraph>
        <Spin size="small" style={{ marginInlineEnd: 8 }} />
        {t(kind === 'open' ? 'evaluation.job.open' : 'evaluation.job.close')}
        {data && data.total > 0 ? ` — ${t('evaluation.job.progress', { done: data.done, total: data.total })}` : ''}
      </Typography.Paragraph>
      <Progress percent={percent} status="active" aria-label={t('evaluation.job.progressLabel')} />
    </div>
  );
}
