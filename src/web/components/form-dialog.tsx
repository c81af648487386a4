// A modal form: submits, shows server field errors next to the fields and the rest in an alert,
// closes on success. Keeps the many small edit dialogs short.
import { App, Button, Flex, Form, Grid, Modal, type FormInstance } from 'antd';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useT } from '../i18n/context.js';
import { ApiError } from '../lib/api-client.js';
import { applyFieldErrors } from '../lib/form-errors.js';
import { ErrorAlert } from './error-alert.js';

export interface FormDialogProps<V, R> {
  open: boolean;
  title: ReactNode;
  onClose: () => void;
  submit: (values: V) => Promise<R>;
  onDone?: (result: R, values: V) => void;
  /** Called from the 409 alert: refetch the record and close. */
  onReload?: () => void;
  initialValues?: Partial<V>;
  okText?: ReactNode;
  danger?: boolean;
  width?: number;
  /** Message shown after success; default "Đã lưu."; null for none. */
  successText?: string | null;
  errorPrefix?: string;
  errorRename?: Record<string, string>;
  children: ReactNode | ((form: FormInstance<V>) => ReactNode);
}

/** The form lives inside the dialog body, so each opening starts from fresh initial values. */
function DialogForm<V extends object, R>(props: FormDialogProps<V, R>) {
  const { onClose, submit, onDone, onReload, initialValues, okText, danger, successText, errorPrefix, errorRename, children } = props;
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<V>();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [rest, setRest] = useState<{ field: string; message: string }[] | undefined>(undefined);
  const top = useRef<HTMLDivElement>(null);
  // Thumb-sized buttons on a phone.
  const size = Grid.useBreakpoint().md === false ? 'large' : undefined;
  // A long dialog may be scrolled down to its button: show the error where it is written.
  useEffect(() => {
    if (error) top.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [error]);

  const onFinish = async (values: V) => {
    setPending(true);
    setError(null);
    try {
      const result = await submit(values);
      if (successText !== null) void message.success(successText ?? t('common.saved'));
      onDone?.(result, values);
      onClose();
    } catch (err) {
      setError(err);
      setRest(err instanceof ApiError ? applyFieldErrors(form, err, { prefix: errorPrefix, rename: errorRename }) : undefined);
    } finally {
      setPending(false);
    }
  };

  return (
    <>
      <div ref={top} />
      <ErrorAlert
        error={error}
        extra={rest}
        onReload={
          onReload
            ? () => {
                onReload();
                onClose();
              }
            : undefined
        }
      />
      <Form<V> form={form} layout="vertical" initialValues={initialValues} onFinish={(v) => void onFinish(v)} requiredMark>
        {typeof children === 'function' ? children(form) : children}
        <Flex justify="end" gap={8} style={{ marginTop: 8 }}>
          <Button size={size} onClick={onClose}>
            {t('action.cancel')}
          </Button>
          <Button size={size} type="primary" htmlType="submit" loading={pending} danger={danger}>
            {okText ?? t('action.save')}
          </Button>
        </Flex>
      </Form>
    </>
  );
}

export function FormDialog<V extends object, R = unknown>(props: FormDialogProps<V, R>) {
  return (
    <Modal open={props.open} title={props.title} onCancel={props.onClose} footer={null} destroyOnHidden width={props.width ?? 560}>
      <DialogForm<V, R> {...props} />
    </Modal>
  );
}
