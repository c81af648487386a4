// A form on the page (not in a dialog): submits, places server field errors beside the fields and
// shows the rest (with the rule the server cites) in an alert.
import { App, Button, Form } from 'antd';
import { useState, type ReactNode } from 'react';
import { ErrorAlert } from '../../../components/error-alert.js';
import { useT } from '../../../i18n/context.js';
import { ApiError } from '../../../lib/api-client.js';
import { applyFieldErrors } from '../../../lib/form-errors.js';

interface Props<V> {
  initialValues: Partial<V>;
  submit: (v: V) => Promise<unknown>;
  onDone: () => void;
  okText: ReactNode;
  children: ReactNode;
}

export function InlineForm<V extends object>({ initialValues, submit, onDone, okText, children }: Props<V>) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<V>();
  const [error, setError] = useState<unknown>(null);
  const [rest, setRest] = useState<{ field: string; message: string }[] | undefined>(undefined);
  const [pending, setPending] = useState(false);
  const onFinish = async (v: V) => {
    setPending(true);
    setError(null);
    try {
      await submit(v);
      void message.success(t('common.saved'));
      onDone();
    } catch (err) {
      setError(err);
      setRest(err instanceof ApiError ? applyFieldErrors(form, err) : undefined);
    } finally {
      setPending(false);
    }
  };
  return (
    <>
      <ErrorAlert error={error} extra={rest} onReload={onDone} />
      <Form<V> form={form} layout="vertical" initialValues={initialValues} onFinish={(v) => void onFinish(v)}>
        {children}
        <Button type="primary" htmlType="submit" loading={pending}>
          {okText}
        </Button>
      </Form>
    </>
  );
}
