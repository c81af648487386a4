import { useQueryClient } from '@tanstack/react-query';
import { Button, Card, Flex, Form, Input, Typography } from 'antd';
import { Navigate, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.js';
import { LanguageSwitch } from '../../../components/language-switch.js';
import { useT } from '../../../i18n/context.js';
import { paths } from '../../../app/paths.js';
import type { Me } from '../../../../contracts/auth.js';
import { meKey, useLogin } from '../../../lib/session.js';

interface Values {
  username: string;
  password: string;
}

/** Only same-site paths are followed after login (no open redirect). */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login') ? next : paths.home();
}

export default function LoginPage() {
  const t = useT();
  const [params] = useSearchParams();
  const qc = useQueryClient();
  const login = useLogin();
  const next = safeNext(params.get('next'));
  // Only the cached account: probing /api/auth/me here would answer 401 (a console error) on every visit.
  const me = qc.getQueryData<Me | null>(meKey);

  if (me || login.isSuccess) return <Navigate to={next} replace />;

  const onFinish = (values: Values) => {
    // On success the account appears in the cache and the <Navigate> above takes over.
    login.mutate(values);
  };

  return (
    <Flex vertical align="center" justify="center" style={{ minHeight: '100vh', padding: 16, background: '#f5f5f5' }}>
      <Card style={{ width: '100%', maxWidth: 400 }}>
        <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
          <Typography.Text strong style={{ color: '#b71c1c', fontSize: 18 }}>
            CanBo
          </Typography.Text>
          <LanguageSwitch />
        </Flex>
        <Typography.Title level={1} style={{ fontSize: 24, marginTop: 8 }}>
          {t('login.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('login.subtitle')}</Typography.Paragraph>
        <ErrorAlert error={login.error} />
        <Form<Values> layout="vertical" onFinish={onFinish} requiredMark={false} disabled={login.isPending}>
          <Form.Item label={t('login.username')} name="username" rules={[{ required: true, whitespace: true, message: t('v.required') }]}>
            <Input autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item label={t('login.password')} name="password" rules={[{ required: true, message: t('v.required') }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={login.isPending}>
            {t('login.submit')}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
