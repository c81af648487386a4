// Editing a plan's items: title, field, work units, start and due dates, description. The server
// checks the dates against the week (start within it, due at most 4 weeks after its Monday).
import { TEXT } from '../../../../contracts/limits.js';
import { countUpTo, maxLengthRule } from '../../../lib/text-limit.js';
import { PlusOutlined } from '@ant-design/icons';
import { ListItemCard } from '../../../components/review/list-item-card.js';
import { Button, Col, Form, Input, InputNumber, Row, Typography } from 'antd';
import { PLAN_MAX_ITEMS } from '../../../../contracts/plans.js';
import { DateInput } from '../../../components/date-input.js';
import { useT } from '../../../i18n/context.js';
import { WorkFieldSelect } from '../../../components/work/work-field-select.js';
import { addDays } from '../../../../domain/dates.js';

export interface ItemValues {
  title: string;
  description?: string;
  fieldCode?: string | null;
  workUnits: number;
  startDate: string;
  dueDate: string;
}

export function PlanItemsEditor({ weekStart }: { weekStart: string }) {
  const t = useT();
  const required = [{ required: true, message: t('v.required') }];
  return (
    <Form.List name="items">
      {(fields, { add, remove }) => (
        <>
          {fields.length === 0 ? <Typography.Paragraph type="secondary">{t('plans.items.none')}</Typography.Paragraph> : null}
          {fields.map((f, i) => (
            <ListItemCard
              key={f.key}
              title={t('plans.items.n', { n: i + 1 })}
              removeLabel={t('plans.items.remove', { n: i + 1 })}
              onRemove={() => remove(f.name)}
            >
              <Row gutter={12}>
                <Col xs={24} lg={12}>
                  <Form.Item
                    name={[f.name, 'title']}
                    label={t('plans.items.title')}
                    rules={[maxLengthRule(t, TEXT.title), { required: true, whitespace: true, message: t('v.required') }]}
                  >
                    <Input {...countUpTo(TEXT.title)} />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12} lg={6}>
                  <Form.Item name={[f.name, 'fieldCode']} label={t('tasks.field.field')}>
                    <WorkFieldSelect />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12} lg={6}>
                  <Form.Item name={[f.name, 'workUnits']} label={t('tasks.field.workUnits')} rules={required}>
                    <InputNumber min={0.01} max={999999} step={1} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={12} lg={6}>
                  <Form.Item name={[f.name, 'startDate']} label={t('tasks.field.startDate')} rules={required}>
                    <DateInput allowClear={false} min={weekStart} max={addDays(weekStart, 6)} />
                  </Form.Item>
                </Col>
                <Col xs={12} lg={6}>
                  <Form.Item name={[f.name, 'dueDate']} label={t('tasks.field.dueDate')} rules={required}>
                    <DateInput allowClear={false} min={weekStart} max={addDays(weekStart, 28)} />
                  </Form.Item>
                </Col>
                <Col xs={24} lg={12}>
                  <Form.Item rules={[maxLengthRule(t, TEXT.planText)]} name={[f.name, 'description']} label={t('tasks.field.description')}>
                    <Input.TextArea rows={1} autoSize={{ minRows: 1, maxRows: 4 }} {...countUpTo(TEXT.planText)} />
                  </Form.Item>
                </Col>
              </Row>
            </ListItemCard>
          ))}
          <Button
            icon={<PlusOutlined />}
            disabled={fields.length >= PLAN_MAX_ITEMS}
            onClick={() =>
              add({ title: '', workUnits: 1, startDate: weekStart, dueDate: addDays(weekStart, 4), fieldCode: null, description: '' })
            }
          >
            {t('plans.items.add')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
