// Editing a commitment's registered actions: what will be done, what will show it was done, by when.
// The server checks the count against the rule in force (setting commitments.rules) and the dates
// against the year.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, Input, Row } from 'antd';
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
            <Card
              key={f.key}
              size="small"
              style={{ marginBottom: 12 }}
              title={t('commitments.action.n', { n: i + 1 })}
              extra={
                <Button
                  size="small"
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  onClick={() => remove(f.name)}
                  aria-label={t('commitments.action.remove', { n: i + 1 })}
                />
              }
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
            </Card>
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
