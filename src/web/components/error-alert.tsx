// Shows an error from the API (its message is already in the user's language). A 409 offers a reload.
import { Alert, Button } from 'antd';
import { ApiError } from '../lib/api-client.js';
import { useT } from '../i18n/context.js';

export function errorText(err: unknown, t: ReturnType<typeof useT>): string {
  if (err instanceof ApiError) {
    if (err.code === 'network') return t('error.network');
    if (err.message) return err.message;
    return t('error.generic');
  }
  return t('error.generic');
}

interface Props {
  error: unknown;
  onReload?: () => void;
  /** Field errors the form could not show next to a field. */
  extra?: { field: string; message: string }[];
  style?: React.CSSProperties;
}

export function ErrorAlert({ error, onReload, extra, style }: Props) {
  const t = useT();
  if (!error) return null;
  const conflict = error instanceof ApiError && error.status === 409 && error.code === 'conflict';
  const details = extra ?? (error instanceof ApiError ? error.details : []);
  // Every field error is already shown beside its field: the server's message lists field paths.
  const allPlaced = extra !== undefined && extra.length === 0 && error instanceof ApiError && error.details.length > 0;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={{ marginBottom: 16, ...style }}
      title={conflict ? t('error.conflict') : allPlaced ? t('error.checkFields') : errorText(error, t)}
      description={
        details.length > 0 ? (
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {details.map((d, i) => (
              <li key={i}>{d.message}</li>
            ))}
          </ul>
        ) : undefined
      }
      action={
        conflict && onReload ? (
          <Button size="small" onClick={onReload}>
            {t('action.reload')}
          </Button>
        ) : undefined
      }
    />
  );
}
