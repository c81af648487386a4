// The signed-in layout: side menu (a labelled drawer on phones), header (scope, language, user menu)
// and the page. The menu lists only the pages the account's capabilities let it use.
import {
  AimOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  CarryOutOutlined,
  CloseOutlined,
  DownOutlined,
  FlagOutlined,
  FundOutlined,
  HomeOutlined,
  KeyOutlined,
  LogoutOutlined,
  MenuOutlined,
  ProfileOutlined,
  ScheduleOutlined,
  TeamOutlined,
  SolutionOutlined,
  SwapOutlined,
  ReadOutlined,
  StarOutlined,
  TrophyOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Button, Drawer, Dropdown, Flex, Grid, Layout, Menu, Spin, Typography, type MenuProps } from 'antd';
import { type ReactNode, Suspense, useEffect, useRef, useState } from 'react';
import type { Me } from '../../contracts/auth.js';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { LanguageSwitch } from '../components/language-switch.js';
import { useCurrentUser, useLogout } from '../lib/session.js';
import { NotificationBell } from '../features/notifications/components/notification-bell.js';
import { useI18n } from '../i18n/context.js';
import type { MessageKey } from '../i18n/vi.js';
import { paths } from './paths.js';
import { RouteErrorBoundary } from './route-error.js';

function selectedKey(pathname: string): string {
  if (/^\/org\/[^/]+\/dashboard/.test(pathname)) return 'indicators';
  const first = pathname.split('/')[1] ?? '';
  return first === '' ? 'home' : first;
}

type Can = Me['can'];
interface Entry {
  key: string;
  icon: ReactNode;
  label: MessageKey;
  to: (home: string | undefined) => string | null;
  show: (can: Can) => boolean;
}

/** The menu: each page shown only to the accounts whose capabilities (sent by the server) let them use it. */
const ENTRIES: Entry[] = [
  { key: 'home', icon: <HomeOutlined />, label: 'nav.home', to: () => paths.home(), show: () => true },
  { key: 'tasks', icon: <CarryOutOutlined />, label: 'nav.tasks', to: () => paths.tasks(), show: () => true },
  {
    key: 'plans',
    icon: <ProfileOutlined />,
    label: 'nav.plans',
    to: () => paths.myPlan(),
    show: (can) => can.writePlan || can.overseePlans,
  },
  {
    key: 'commitments',
    icon: <FlagOutlined />,
    label: 'nav.commitments',
    to: () => paths.myCommitment(),
    show: (can) => can.writeCommitment || can.readCommitments,
  },
  {
    key: 'action-plans',
    icon: <AimOutlined />,
    label: 'nav.actionPlans',
    to: () => paths.myActionPlan(),
    show: (can) => can.writeActionPlan || can.readActionPlans,
  },
  { key: 'meetings', icon: <ScheduleOutlined />, label: 'nav.meetings', to: () => paths.meetings(), show: () => true },
  { key: 'summary', icon: <BarChartOutlined />, label: 'nav.summary', to: () => paths.summary(), show: () => true },
  {
    key: 'indicators',
    icon: <FundOutlined />,
    label: 'nav.indicators',
    to: (home) => (home ? paths.unitDashboard(home) : null),
    show: (can) => can.readIndicators,
  },
  {
    key: 'evaluation',
    icon: <TrophyOutlined />,
    label: 'nav.evaluation',
    to: () => paths.evaluation(),
    show: (can) => can.readEvaluations || can.selfAssess,
  },
  {
    key: 'cells',
    icon: <FlagOutlined />,
    label: 'nav.cells',
    to: () => paths.cells(),
    show: (can) => can.readCells || can.myCell,
  },
  {
    key: 'planning',
    icon: <SolutionOutlined />,
    label: 'nav.planning',
    to: () => paths.planning(),
    show: (can) => can.readPlanning || can.inspectPlanning,
  },
  {
    key: 'personnel',
    icon: <SwapOutlined />,
    label: 'nav.personnel',
    to: () => paths.personnel(),
    show: (can) => can.readPersonnel,
  },
  {
    key: 'exemplars',
    icon: <StarOutlined />,
    label: 'nav.exemplars',
    to: () => paths.exemplars(),
    show: (can) => can.readExemplars || can.nominateExemplars,
  },
  {
    key: 'training',
    icon: <ReadOutlined />,
    label: 'nav.training',
    to: () => paths.training(),
    show: (can) => can.readTraining,
  },
  { key: 'people', icon: <TeamOutlined />, label: 'nav.people', to: () => paths.people(), show: (can) => can.readPeople },
  { key: 'org', icon: <ApartmentOutlined />, label: 'nav.org', to: () => paths.org(), show: () => true },
  { key: 'audit', icon: <AuditOutlined />, label: 'nav.audit', to: () => paths.audit(), show: (can) => can.readAudit },
  { key: 'accounts', icon: <KeyOutlined />, label: 'nav.accounts', to: () => paths.accounts(), show: (can) => can.manageAccounts },
];

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
  const [drawerOpen, setDrawerOpen] = useState(false);
  const screens = Grid.useBreakpoint();
  // Below 992 px the side menu becomes a drawer opened from the header (phones and small tablets).
  const phone = screens.lg === false;
  // Closing the drawer once a page is chosen.
  const [drawerPath, setDrawerPath] = useState(location.pathname);
  if (drawerPath !== location.pathname) {
    setDrawerPath(location.pathname);
    setDrawerOpen(false);
  }

  // Plans: one's own plan when one writes plans, else the overview of the unit one oversees.
  const homeUnit = me.roles[0]?.unitId;
  const items: MenuProps['items'] = ENTRIES.filter((e) => e.show(me.can)).flatMap((e) => {
    const to =
      e.key === 'plans' && !me.can.writePlan
        ? paths.plansOverview()
        : e.key === 'commitments' && !me.can.writeCommitment
          ? paths.commitmentsOverview()
          : e.key === 'action-plans' && !me.can.writeActionPlan
            ? paths.actionPlansBoard()
            : e.to(homeUnit);
    return to ? [{ key: e.key, icon: e.icon, label: <Link to={to}>{t(e.label)}</Link> }] : [];
  });
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

  const menu = (
    <nav aria-label={t('nav.label')}>
      <Menu mode="inline" selectedKeys={[selectedKey(location.pathname)]} items={items} style={{ borderInlineEnd: 'none' }} />
    </nav>
  );
  const logo = (
    <Link to={paths.home()} style={{ fontWeight: 700, fontSize: 18, color: '#b71c1c', whiteSpace: 'nowrap' }}>
      {collapsed && !phone ? 'CB' : 'CanBo'}
    </Link>
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {phone ? (
        <Drawer
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          placement="left"
          size={280}
          title={logo}
          closeIcon={<CloseOutlined aria-label={t('nav.close')} />}
          styles={{ body: { padding: 0 } }}
        >
          <Typography.Paragraph type="secondary" style={{ padding: '12px 24px 0', margin: 0 }}>
            {t('header.scope')}: <Typography.Text strong>{scopeNames.join(', ') || '—'}</Typography.Text>
          </Typography.Paragraph>
          {menu}
        </Drawer>
      ) : (
        <Layout.Sider
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          theme="light"
          width={220}
          style={{ borderRight: '1px solid #f0f0f0' }}
        >
          <div style={{ padding: '16px 24px' }}>{logo}</div>
          {menu}
        </Layout.Sider>
      )}
      <Layout style={{ minWidth: 0 }}>
        <Layout.Header
          style={{
            background: '#fff',
            padding: phone ? '0 8px' : '0 24px',
            borderBottom: '1px solid #f0f0f0',
            height: 56,
            lineHeight: '56px',
          }}
        >
          <Flex justify="space-between" align="center" gap={phone ? 4 : 16} style={{ height: '100%' }}>
            {phone ? (
              <Flex align="center" gap={4} style={{ minWidth: 0 }}>
                <Button
                  type="text"
                  icon={<MenuOutlined />}
                  onClick={() => setDrawerOpen(true)}
                  aria-expanded={drawerOpen}
                  aria-label={t('nav.open')}
                  data-testid="nav-open"
                >
                  {t('nav.menu')}
                </Button>
                {logo}
              </Flex>
            ) : (
              <Typography.Text type="secondary" ellipsis style={{ minWidth: 0 }}>
                {t('header.scope')}: <Typography.Text strong>{scopeNames.join(', ') || '—'}</Typography.Text>
              </Typography.Text>
            )}
            <Flex align="center" gap={phone ? 0 : 12} style={{ flexShrink: 0 }}>
              <NotificationBell />
              <LanguageSwitch />
              <Dropdown menu={{ items: userMenu, onClick: onUserMenu }} trigger={['click']}>
                <Button type="text" icon={<UserOutlined />} aria-label={`${t('user.menu')}: ${me.displayName}`}>
                  {phone ? null : (
                    <>
                      {me.displayName} <DownOutlined />
                    </>
                  )}
                </Button>
              </Dropdown>
            </Flex>
          </Flex>
        </Layout.Header>
        {/* antd renders the content as the page's one <main> landmark. */}
        <Layout.Content style={{ padding: phone ? 12 : 24, minWidth: 0 }}>
          <div>
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
          </div>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
