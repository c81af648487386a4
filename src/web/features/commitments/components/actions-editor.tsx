// Editing a commitment's registered actions: what will be done, what will show it was done, by when.
// The server checks the count against the rule in force (setting commitments.rules) and the dates
// against the year.
import { PlusOutlined } from '@ant-design/icons';
import { ListItemCard } from '../../../components/review/list-item-card.js';
import { Button, Col, Form, Input, Row } from 'antd';
import { COMMITMENT_MAX_ACTIONS } from '../../../../contracts/commitments.js';
import { TEXT } from '../../../../contracts/limits.js';
import { DateInput } from '../../../components/date-input.js';
import { useT } from '../../../i18n/context.js';
import { countUpTo, maxLengthRule } from '../../../lib/text-limit.js';

export interface ActionFormValues {
  title: string;
  evidence: string;
  dueDate: string;
}

export function ActionsEditor({ year, max }: { year: number; max: number }) {
  const t = useT();
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  return (
    <Form.List name="actions">
      {(fields, { add, remove }) => (
        <>
          {fields.map((f, i) => (
            <ListItemCard
              key={f.key}
              title={t('commitments.action.n', { n: i + 1 })}
              removeLabel={t('commitments.action.remove', { n: i + 1 })}
              onRemove={() => remove(f.name)}
            >
              <Row gutter={12}>
                <Col xs={24} lg={10}>
                  <Form.Item
                    name={[f.name, 'title']}
                    label={t('commitments.action.title')}
                    rules={[maxLengthRule(t, TEXT.title), { required: true, whitespace: true, message: t('v.required') }]}
                  >
                    <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} {...countUpTo(TEXT.title)} />
                  </Form.Item>
                </Col>
                <Col xs={24} lg={9}>
                  <Form.Item
                    name={[f.name, 'evidence']}
                    label={t('commitments.action.evidence')}
                    rules={[maxLengthRule(t, TEXT.note), { required: true, whitespace: true, message: t('v.required') }]}
                  >
                    <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} {...countUpTo(TEXT.note)} />
                  </Form.Item>
                </Col>
                <Col xs={24} lg={5}>
                  <Form.Item
                    name={[f.name, 'dueDate']}
                    label={t('commitments.action.dueDate')}
                    rules={[{ required: true, message: t('v.required') }]}
                  >
                    <DateInput allowClear={false} min={from} max={to} />
                  </Form.Item>
                </Col>
              </Row>
            </ListItemCard>
          ))}
          {/* The rule in force caps the count; the schema's ceiling guards the form beyond it. */}
          <Button
            icon={<PlusOutlined />}
            disabled={fields.length >= Math.min(max, COMMITMENT_MAX_ACTIONS)}
            onClick={() => add({ title: '', evidence: '', dueDate: to })}
          >
            {t('commitments.action.add')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
