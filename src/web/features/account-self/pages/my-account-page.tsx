// Tài khoản của tôi: who I am, change my password, choose my language.
import { App, Button, Card, Col, Descriptions, Form, Input, Radio, Row, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.js';
import { useChangeLanguage } from '../../../components/language-switch.js';
import { PageHeader } from '../../../components/page-header.js';
import { useI18n } from '../../../i18n/context.js';
import { api, ApiError } from '../../../lib/api-client.js';
import { applyFieldErrors } from '../../../lib/form-errors.js';
import { useCurrentUser } from '../../../lib/session.js';

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

function ChangePasswordCard() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<PasswordValues>();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [rest, setRest] = useState<{ field: string; message: string }[] | undefined>();
  const submit = async (v: PasswordValues) => {
    setPending(true);
    setError(null);
    try {
      await api.post('/api/auth/password', { currentPassword: v.currentPassword, newPassword: v.newPassword });
      form.resetFields();
      void message.success(t('self.password.done'));
    } catch (err) {
      setError(err);
      setRest(err instanceof ApiError ? applyFieldErrors(form, err) : undefined);
    } finally {
      setPending(false);
    }
  };
  return (
    <Card id="password" title={t('user.changePassword')} style={{ marginBottom: 16 }}>
      <ErrorAlert error={error} extra={rest} />
      <Form<PasswordValues> form={form} layout="vertical" onFinish={(v) => void submit(v)} disabled={pending} style={{ maxWidth: 420 }}>
        <Form.Item name="currentPassword" label={t('self.password.current')} rules={[{ required: true, message: t('v.required') }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item name="newPassword" label={t('self.password.new')} rules={[{ required: true, message: t('v.required') }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('self.password.confirm')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('v.required') },
            ({ getFieldValue }) => ({
              validator: async (_, v) => {
                if (v && v !== getFieldValue('newPassword')) throw new Error(t('v.password_confirm'));
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={pending}>
          {t('self.password.submit')}
        </Button>
      </Form>
    </Card>
  );
}

export default function MyAccountPage() {
  const { t, tx, language } = useI18n();
  const me = useCurrentUser();
  const change = useChangeLanguage();
  const location = useLocation();
  useEffect(() => {
    if (location.hash === '#password') document.getElementById('password')?.scrollIntoView({ behavior: 'smooth' });
  }, [location.hash]);
  return (
    <>
      <PageHeader title={t('user.myAccount')} />
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Card title={t('self.info')} style={{ marginBottom: 16 }}>
            <Descriptions
              size="small"
              column={1}
              items={[
                { key: 'username', label: t('login.username'), children: me.username },
                { key: 'name', label: t('accounts.displayName'), children: me.displayName },
                {
                  key: 'roles',
                  label: t('accounts.roles'),
                  children: (
                    <div>
                      {me.roles.map((r) => (
                        <div key={`${r.role}:${r.unitId}`}>
                          <Tag color="red">{tx(`role.${r.role}`, r.role)}</Tag>
                          {r.unitName}
                        </div>
                      ))}
                    </div>
                  ),
                },
              ]}
            />
          </Card>
          <Card title={t('language.label')} style={{ marginBottom: 16 }}>
            <Radio.Group
              aria-label={t('language.label')}
              value={language}
              onChange={(e) => void change(e.target.value as 'vi' | 'en')}
              options={[
                { value: 'vi', label: 'Tiếng Việt' },
                { value: 'en', label: 'English' },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <ChangePasswordCard />
        </Col>
      </Row>
    </>
  );
}
