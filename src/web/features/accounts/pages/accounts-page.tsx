// Tài khoản: accounts in the administrator's subtree, with the actions on each.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Input, Popconfirm, Table, Tag } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { AccountView } from '../../../../contracts/accounts.js';
import { ErrorAlert, errorText } from '../../../components/error-alert.js';
import { PageHeader } from '../../../components/page-header.js';
import { RequireCapability } from '../../../components/require-capability.js';
import { useI18n } from '../../../i18n/context.js';
import { formatDateTime } from '../../../lib/dates.js';
import { accountKeys, signOutAll, unlockAccount, useAccounts } from '../api/accounts.js';
import { CreateAccountDialog, EditAccountDialog, ResetPasswordDialog, RolesDialog } from '../components/account-dialogs.js';

type Dialog = { kind: 'edit' | 'roles' | 'reset'; account: AccountView } | null;

function AccountsPageContent() {
  const { t, tx } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [query, setQuery] = useState({ q: '', page: 1, pageSize: 25 });
  const [creating, setCreating] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  const { data, error, isFetching, refetch } = useAccounts({ ...query, q: query.q || undefined });

  const act = async (fn: () => Promise<unknown>, done: string) => {
    try {
      await fn();
      void message.success(done);
      await qc.invalidateQueries({ queryKey: accountKeys.all });
    } catch (err) {
      void message.error(errorText(err, t));
    }
  };

  const status = (a: AccountView) =>
    a.disabled ? (
      <Tag>{t('accounts.status.disabled')}</Tag>
    ) : a.locked ? (
      <Tag color="orange">{t('accounts.status.locked')}</Tag>
    ) : (
      <Tag color="green">{t('accounts.status.active')}</Tag>
    );

  return (
    <>
      <PageHeader
        title={t('accounts.title')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('accounts.create')}
          </Button>
        }
      />
      <Card>
        <Flex style={{ marginBottom: 16, maxWidth: 420 }}>
          <Input.Search
            aria-label={t('accounts.search')}
            placeholder={t('accounts.search')}
            allowClear
            enterButton={t('action.search')}
            onSearch={(q) => setQuery((s) => ({ ...s, q: q.trim(), page: 1 }))}
          />
        </Flex>
        <ErrorAlert error={error} onReload={() => void refetch()} />
        <Table<AccountView>
          rowKey="id"
          size="middle"
          loading={isFetching}
          dataSource={data?.items ?? []}
          scroll={{ x: 1250 }}
          locale={{ emptyText: t('accounts.empty') }}
          pagination={{
            current: query.page,
            pageSize: query.pageSize,
            total: data?.total ?? 0,
            showTotal: (total) => t('common.total', { total }),
            onChange: (page, pageSize) => setQuery((s) => ({ ...s, page, pageSize })),
          }}
          columns={[
            { key: 'username', title: t('accounts.username'), dataIndex: 'username', width: 130 },
            {
              key: 'displayName',
              title: t('accounts.displayName'),
              width: 220,
              render: (_, a) => (a.personName && a.personName !== a.displayName ? `${a.displayName} (${a.personName})` : a.displayName),
            },
            {
              key: 'roles',
              title: t('accounts.roles'),
              width: 280,
              render: (_, a) => (
                <Flex vertical gap={2}>
                  {a.roles.map((r) => (
                    <span key={`${r.role}:${r.unitId}`}>
                      <Tag color="red">{tx(`role.${r.role}`, r.role)}</Tag>
                      {r.unitName}
                    </span>
                  ))}
                </Flex>
              ),
            },
            { key: 'status', title: t('accounts.status'), width: 120, render: (_, a) => status(a) },
            { key: 'last', title: t('accounts.lastSignIn'), width: 150, render: (_, a) => formatDateTime(a.lastSignInAt) },
            {
              key: 'actions',
              title: t('common.actions'),
              width: 330,
              render: (_, a) => (
                <Flex gap={4} wrap>
                  <Button
                    size="small"
                    onClick={() => setDialog({ kind: 'edit', account: a })}
                    aria-label={`${t('action.edit')} ${a.username}`}
                  >
                    {t('action.edit')}
                  </Button>
                  <Button
                    size="small"
                    onClick={() => setDialog({ kind: 'roles', account: a })}
                    aria-label={`${t('accounts.editRoles')} ${a.username}`}
                  >
                    {t('accounts.editRoles')}
                  </Button>
                  <Button
                    size="small"
                    onClick={() => setDialog({ kind: 'reset', account: a })}
                    aria-label={`${t('accounts.resetPassword')} ${a.username}`}
                  >
                    {t('accounts.resetPassword')}
                  </Button>
                  {a.locked ? (
                    <Button
                      size="small"
                      onClick={() => void act(() => unlockAccount(a.id), t('accounts.unlocked'))}
                      aria-label={`${t('accounts.unlock')} ${a.username}`}
                    >
                      {t('accounts.unlock')}
                    </Button>
                  ) : null}
                  <Popconfirm
                    title={t('accounts.signOutAllConfirm', { username: a.username })}
                    okText={t('action.confirm')}
                    cancelText={t('action.cancel')}
                    onConfirm={() => act(() => signOutAll(a.id), t('accounts.signedOut'))}
                  >
                    <Button size="small" aria-label={`${t('accounts.signOutAll')} ${a.username}`}>
                      {t('accounts.signOutAll')}
                    </Button>
                  </Popconfirm>
                </Flex>
              ),
            },
          ]}
        />
      </Card>
      <CreateAccountDialog open={creating} onClose={() => setCreating(false)} />
      <EditAccountDialog account={dialog?.kind === 'edit' ? dialog.account : null} onClose={() => setDialog(null)} />
      <RolesDialog account={dialog?.kind === 'roles' ? dialog.account : null} onClose={() => setDialog(null)} />
      <ResetPasswordDialog account={dialog?.kind === 'reset' ? dialog.account : null} onClose={() => setDialog(null)} />
    </>
  );
}

export default function AccountsPage() {
  return (
    <RequireCapability can="manageAccounts">
      <AccountsPageContent />
    </RequireCapability>
  );
}
