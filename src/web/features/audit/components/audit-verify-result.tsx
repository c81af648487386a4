// The chain check's answer: intact, or every broken event with its reason (so a later edit cannot
// hide behind an earlier break). Long lists are cut on screen, with the count of the rest.
import { Alert } from 'antd';
import type { AuditBreak } from '../../../../contracts/audit.js';
import type { AuditVerifyResult as Result } from '../../../../contracts/audit.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { useI18n } from '../../../i18n/context.js';
import { formatNumber } from '../../../../domain/numbers.js';

const SHOWN = 50;

export function AuditVerifyResult({ result, error }: { result: Result | undefined; error: unknown }) {
  const { t, tx, language } = useI18n();
  if (error) return <ErrorAlert error={error} />;
  if (!result) return null;
  const n = (x: number) => formatNumber(x, {}, language);
  if (result.intact) {
    return (
      <Alert
        type="success"
        showIcon
        role="status"
        style={{ marginBottom: 16 }}
        title={t('audit.verify.intact', { checked: n(result.checked), lastSeq: n(result.lastSeq) })}
      />
    );
  }
  const shown = result.breaks.slice(0, SHOWN);
  const more = result.brokenCount - shown.length;
  const line = (b: AuditBreak) => {
    const reason = tx(`audit.verify.reason.${b.reason}`, b.reason);
    return b.toSeq !== undefined && b.toSeq !== b.seq
      ? t('audit.verify.breakRange', { seq: n(b.seq), toSeq: n(b.toSeq), reason })
      : t('audit.verify.break', { seq: n(b.seq), reason });
  };
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={{ marginBottom: 16 }}
      title={t('audit.verify.broken', { count: n(result.brokenCount), checked: n(result.checked) })}
      description={
        <>
          <ul aria-label={t('audit.verify.listLabel')} style={{ margin: 0, paddingInlineStart: 20, maxHeight: 320, overflowY: 'auto' }}>
            {shown.map((b) => (
              <li key={`${b.reason}-${b.seq}`}>{line(b)}</li>
            ))}
          </ul>
          {more > 0 ? <div>{t('audit.verify.more', { count: n(more) })}</div> : null}
        </>
      }
    />
  );
}
