// A list of role bindings (role over a unit subtree) inside an account form.
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Select } from 'antd';
import { Roles } from '../../../../contracts/common.js';
import { UnitPicker } from '../../../components/pickers/unit-picker.js';
import { useI18n } from '../../../i18n/context.js';
import { enumOptions } from '../../../i18n/enum-options.js';

/** Unit names of bindings already saved, so the pickers can show them before any search. */
export function RoleBindingsField({ unitNames }: { unitNames?: Record<string, string> }) {
  const { t, tx } = useI18n();
  const required = [{ required: true, message: t('v.required') }];
  return (
    <Form.List name="roles">
      {(fields, { add, remove }, { errors }) => (
        <Form.Item label={t('accounts.roles')} required>
          <Flex vertical gap={8}>
            {fields.map((f, i) => (
              <Flex key={f.key} gap={8} align="start">
                <Form.Item name={[f.name, 'role']} rules={required} style={{ marginBottom: 0, width: 220, flex: 'none' }}>
                  <Select
                    aria-label={t('accounts.roleN', { n: i + 1 })}
                    options={enumOptions(tx, 'role', Roles)}
                    placeholder={t('accounts.role')}
                  />
                </Form.Item>
                <Form.Item noStyle shouldUpdate>
                  {({ getFieldValue }) => {
                    const unitId = getFieldValue(['roles', f.name, 'unitId']) as string | undefined;
                    return (
                      <Form.Item name={[f.name, 'unitId']} rules={required} style={{ marginBottom: 0, flex: 1, minWidth: 0 }}>
                        <UnitPicker
                          aria-label={t('accounts.unitN', { n: i + 1 })}
                          placeholder={t('accounts.unit')}
                          valueLabel={unitId ? unitNames?.[unitId] : undefined}
                        />
                      </Form.Item>
                    );
                  }}
                </Form.Item>
                <Button
                  type="text"
                  icon={<MinusCircleOutlined />}
                  aria-label={t('accounts.removeRole', { n: i + 1 })}
                  onClick={() => remove(f.name)}
                />
              </Flex>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
              {t('accounts.addRole')}
            </Button>
            <Form.ErrorList errors={errors} />
          </Flex>
        </Form.Item>
      )}
    </Form.List>
  );
}
