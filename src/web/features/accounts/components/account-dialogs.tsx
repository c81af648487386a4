// Account dialogs: create, edit, roles, reset password.
import { TEXT } from '../../../../contracts/limits.js';
import { countUpTo, maxLengthRule } from '../../../lib/text-limit.js';
import { useQueryClient } from '@tanstack/react-query';
import { Checkbox, Form, Input, Select } from 'antd';
import type { AccountView, RoleBindingInput } from '../../../../contracts/accounts.js';
import { FormDialog } from '../../../components/form-dialog.js';
import { PersonPicker } from '../../../components/pickers/person-picker.js';
import { useI18n } from '../../../i18n/context.js';
import { accountKeys, createAccount, replaceRoles, resetPassword, updateAccount } from '../api/accounts.js';
import { RoleBindingsField } from './role-bindings-field.js';

const LOCALES = [
  { value: 'vi', label: 'Tiếng Việt' },
  { value: 'en', label: 'English' },
];

function useRefresh() {
  const qc = useQueryClient();
  return () => void qc.invalidateQueries({ queryKey: accountKeys.all });
}

function unitNamesOf(a: AccountView | null): Record<string, string> {
  return Object.fromEntries((a?.roles ?? []).map((r) => [r.unitId, r.unitName]));
}

interface CreateValues {
  username: string;
  displayName: string;
  password: string;
  confirm: string;
  locale: 'vi' | 'en';
  personId?: string | null;
  roles: RoleBindingInput[];
}

export function CreateAccountDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const refresh = useRefresh();
  const required = [{ required: true, whitespace: true, message: t('v.required') }];
  return (
    <FormDialog<CreateValues>
      open={open}
      onClose={onClose}
      width={720}
      title={t('accounts.create')}
      okText={t('action.create')}
      initialValues={{ locale: 'vi', roles: [{} as RoleBindingInput] }}
      submit={({ confirm: _c, ...v }) => createAccount({ ...v, personId: v.personId || null })}
      onDone={refresh}
    >
      <Form.Item name="username" label={t('accounts.username')} rules={required} extra={t('accounts.usernameHelp')}>
        <Input autoComplete="off" maxLength={40} />
      </Form.Item>
      <Form.Item name="displayName" label={t('accounts.displayName')} rules={[...required, maxLengthRule(t, TEXT.displayName)]}>
        <Input {...countUpTo(TEXT.displayName)} />
      </Form.Item>
      <Form.Item name="password" label={t('accounts.password')} rules={required}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('accounts.confirmPassword')}
        dependencies={['password']}
        rules={[
          ...required,
          ({ getFieldValue }) => ({
            validator: async (_, v) => {
              if (v && v !== getFieldValue('password')) throw new Error(t('v.password_confirm'));
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item name="locale" label={t('language.label')}>
        <Select options={LOCALES} />
      </Form.Item>
      <Form.Item name="personId" label={t('accounts.person')} extra={t('accounts.personHelp')}>
        <PersonPicker />
      </Form.Item>
      <RoleBindingsField />
    </FormDialog>
  );
}

export function EditAccountDialog({ account, onClose }: { account: AccountView | null; onClose: () => void }) {
  const { t } = useI18n();
  const refresh = useRefresh();
  if (!account) return null;
  return (
    <FormDialog<{ displayName: string; disabled: boolean; locale: 'vi' | 'en'; personId?: string | null }>
      open
      onClose={onClose}
      title={t('accounts.editTitle', { username: account.username })}
      initialValues={{ displayName: account.displayName, disabled: account.disabled, locale: account.locale, personId: account.personId }}
      submit={(v) => updateAccount(account.id, { ...v, personId: v.personId || null, version: account.version })}
      onDone={refresh}
      onReload={refresh}
    >
      <Form.Item
        name="displayName"
        label={t('accounts.displayName')}
        rules={[maxLengthRule(t, TEXT.displayName), { required: true, whitespace: true, message: t('v.required') }]}
      >
        <Input {...countUpTo(TEXT.displayName)} />
      </Form.Item>
      <Form.Item name="locale" label={t('language.label')}>
        <Select options={LOCALES} />
      </Form.Item>
      <Form.Item name="personId" label={t('accounts.person')}>
        <PersonPicker valueLabel={account.personName} />
      </Form.Item>
      <Form.Item name="disabled" valuePropName="checked" extra={t('accounts.disabledHelp')}>
        <Checkbox>{t('accounts.disabled')}</Checkbox>
      </Form.Item>
    </FormDialog>
  );
}

export function RolesDialog({ account, onClose }: { account: AccountView | null; onClose: () => void }) {
  const { t } = useI18n();
  const refresh = useRefresh();
  if (!account) return null;
  return (
    <FormDialog<{ roles: RoleBindingInput[] }>
      open
      onClose={onClose}
      width={720}
      title={t('accounts.rolesTitle', { username: account.username })}
      initialValues={{ roles: account.roles.map((r) => ({ role: r.role, unitId: r.unitId })) }}
      submit={(v) => replaceRoles(account.id, { roles: v.roles ?? [], version: account.version })}
      onDone={refresh}
      onReload={refresh}
    >
      <RoleBindingsField unitNames={unitNamesOf(account)} />
    </FormDialog>
  );
}

export function ResetPasswordDialog({ account, onClose }: { account: AccountView | null; onClose: () => void }) {
  const { t } = useI18n();
  const refresh = useRefresh();
  if (!account) return null;
  return (
    <FormDialog<{ newPassword: string; confirm: string }>
      open
      onClose={onClose}
      title={t('accounts.resetTitle', { username: account.username })}
      successText={t('accounts.resetDone')}
      submit={(v) => resetPassword(account.id, v.newPassword)}
      onDone={refresh}
    >
      <p>{t('accounts.resetExplain')}</p>
      <Form.Item name="newPassword" label={t('accounts.newPassword')} rules={[{ required: true, message: t('v.required') }]}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('accounts.confirmPassword')}
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
    </FormDialog>
  );
}
