// A button that fetches a rendered file (PDF, Excel) and hands it to the browser, showing how far
// the download has got and, on failure, the server's message in the user's language.
import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, type ButtonProps } from 'antd';
import { useRef, useState } from 'react';
import type { QueryParams } from '../lib/api-client.js';
import { downloadFile } from '../lib/download.js';
import { useNumberFormat } from '../lib/numbers.js';
import { useT } from '../i18n/context.js';
import { errorText } from './error-alert.js';

interface Props {
  path: string;
  query?: QueryParams;
  /** Used only when the server names no file. */
  fallbackName: string;
  children: React.ReactNode;
  size?: ButtonProps['size'];
  type?: ButtonProps['type'];
  /** An accessible name when the visible text alone is ambiguous (e.g. "PDF" in a row). */
  ariaLabel?: string;
  /** Fills its container's width (a grid cell on a phone). */
  block?: boolean;
}

let nextKey = 0;

export function DownloadButton({ path, query, fallbackName, children, size, type, ariaLabel, block }: Props) {
  const t = useT();
  const nf = useNumberFormat();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const key = useRef(`download-${++nextKey}`);

  const start = async () => {
    setBusy(true);
    void message.open({ key: key.current, type: 'loading', content: t('download.starting'), duration: 0 });
    try {
      const file = await downloadFile(path, query, fallbackName, ({ received, total }) => {
        const done = total ? nf.ratio(received / total) : `${nf.count(Math.round(received / 1024))} KB`;
        void message.open({ key: key.current, type: 'loading', content: t('download.progress', { done }), duration: 0 });
      });
      void message.open({ key: key.current, type: 'success', content: t('download.done', { file: file.fileName }), duration: 4 });
    } catch (err) {
      void message.open({ key: key.current, type: 'error', content: t('download.failed', { reason: errorText(err, t) }), duration: 8 });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button
      icon={<DownloadOutlined />}
      loading={busy}
      size={size}
      type={type}
      block={block}
      aria-label={ariaLabel}
      onClick={() => void start()}
    >
      {children}
    </Button>
  );
}
