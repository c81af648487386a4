// The signed-in layout: side menu, header (scope, language, user menu) and the page.
import {
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  CarryOutOutlined,
  DownOutlined,
  HomeOutlined,
  KeyOutlined,
  LogoutOutlined,
  ProfileOutlined,
  ScheduleOutlined,
  TeamOutlined,
  SolutionOutlined,
  TrophyOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Button, Dropdown, Flex, Layout, Menu, Spin, Typography, type MenuProps } from 'antd';
import { Suspense, useEffect, useRef, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { LanguageSwitch } from '../components/language-switch.js';
import { useCurrentUser, useLogout } from '../lib/session.js';
import { NotificationBell } from '../features/notifications/components/notification-bell.js';
import { useI18n } from '../i18n/context.js';
import { paths } from './paths.js';
import { RouteErrorBoundary } from './route-error.js';

function selectedKey(pathname: string): string {
  const first = pathname.split('/')[1] ?? '';
  return first === '' ? 'home' : first;
}

export function AppShell() {
  const { t, language, setLanguage } = useI18n();
  const me = useCurrentUser();
  // At sign-in the account's saved language wins; later the switch keeps both in step.
  const syncedAccount = useRef<string | null>(null);
  useEffect(() => {
    if (syncedAccount.current === me.accountId) return;
    syncedAccount.current = me.accountId;
    if (me.locale !== language) setLanguage(me.locale);
  }, [me.accountId, me.locale, language, setLanguage]);
  const location = useLocation();
  const navigate = useNavigate();
  const logout = useLogout(false);
  const logoutAll = useLogout(true);
  const [collapsed, setCollapsed] = useState(false);

  const items: MenuProps['items'] = [
    { key: 'home', icon: <HomeOutlined />, label: <Link to={paths.home()}>{t('nav.home')}</Link> },
    { key: 'org', icon: <ApartmentOutlined />, label: <Link to={paths.org()}>{t('nav.org')}</Link> },
    { key: 'people', icon: <TeamOutlined />, label: <Link to={paths.people()}>{t('nav.people')}</Link> },
    { key: 'tasks', icon: <CarryOutOutlined />, label: <Link to={paths.tasks()}>{t('nav.tasks')}</Link> },
    { key: 'plans', icon: <ProfileOutlined />, label: <Link to={paths.myPlan()}>{t('nav.plans')}</Link> },
    { key: 'meetings', icon: <ScheduleOutlined />, label: <Link to={paths.meetings()}>{t('nav.meetings')}</Link> },
    { key: 'summary', icon: <BarChartOutlined />, label: <Link to={paths.summary()}>{t('nav.summary')}</Link> },
    { key: 'evaluation', icon: <TrophyOutlined />, label: <Link to={paths.evaluation()}>{t('nav.evaluation')}</Link> },
    ...(me.roles.some((r) => r.role === 'organising' || r.role === 'standing' || r.role === 'inspection')
      ? [{ key: 'planning', icon: <SolutionOutlined />, label: <Link to={paths.planning()}>{t('nav.planning')}</Link> }]
      : []),
    ...(me.can.readAudit ? [{ key: 'audit', icon: <AuditOutlined />, label: <Link to={paths.audit()}>{t('nav.audit')}</Link> }] : []),
    ...(me.can.manageAccounts
      ? [{ key: 'accounts', icon: <KeyOutlined />, label: <Link to={paths.accounts()}>{t('nav.accounts')}</Link> }]
      : []),
  ];

  const scopeNames = [...new Set(me.roles.map((r) => r.unitName))];
  const userMenu: MenuProps['items'] = [
    { key: 'account', icon: <UserOutlined />, label: t('user.myAccount') },
    { key: 'password', icon: <KeyOutlined />, label: t('user.changePassword') },
    { type: 'divider' },
    { key: 'logout', icon: <LogoutOutlined />, label: t('user.logout') },
    { key: 'logoutAll', icon: <LogoutOutlined />, label: t('user.logoutAll'), danger: true },
  ];
  const onUserMenu: MenuProps['onClick'] = ({ key }) => {
    if (key === 'account') void navigate(paths.myAccount());
    else if (key === 'password') void navigate(`${paths.myAccount()}#password`);
    else if (key === 'logout') logout.mutate();
    else if (key === 'logoutAll') logoutAll.mutate();
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        breakpoint="lg"
        theme="light"
        width={220}
        style={{ borderRight: '1px solid #f0f0f0' }}
      >
        <Link to={paths.home()} style={{ display: 'block', padding: '16px 24px', fontWeight: 700, fontSize: 18, color: '#b71c1c' }}>
          {collapsed ? 'CB' : 'CanBo'}
        </Link>
        <nav aria-label={t('nav.label')}>
          <Menu mode="inline" selectedKeys={[selectedKey(location.pathname)]} items={items} style={{ borderInlineEnd: 'none' }} />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: '#fff', padding: '0 24px', borderBottom: '1px solid #f0f0f0', height: 56, lineHeight: '56px' }}>
          <Flex justify="space-between" align="center" gap={16} style={{ height: '100%' }}>
            <Typography.Text type="secondary" ellipsis style={{ minWidth: 0 }}>
              {t('header.scope')}: <Typography.Text strong>{scopeNames.join(', ') || '—'}</Typography.Text>
            </Typography.Text>
            <Flex align="center" gap={12}>
              <NotificationBell />
              <LanguageSwitch />
              <Dropdown menu={{ items: userMenu, onClick: onUserMenu }} trigger={['click']}>
                <Button type="text" icon={<UserOutlined />} aria-label={`${t('user.menu')}: ${me.displayName}`}>
                  {me.displayName} <DownOutlined />
                </Button>
              </Dropdown>
            </Flex>
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          <main>
            <RouteErrorBoundary resetKey={location.pathname}>
              <Suspense
                fallback={
                  <Flex justify="center" style={{ padding: 48 }}>
                    <Spin />
                  </Flex>
                }
              >
                <Outlet />
              </Suspense>
            </RouteErrorBoundary>
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
