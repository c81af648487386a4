// Filters of the task board. Every value lives in the URL so a filtered view can be shared.
import { Col, Form, Input, Row, Select } from 'antd';
import { TaskSources, TaskStatuses } from '../../../../contracts/tasks.js';
import { DateInput } from '../../../components/date-input.js';
import { UnitPicker } from '../../../components/pickers/unit-picker.js';
import { useI18n } from '../../../i18n/context.js';
import { enumOptions } from '../../../i18n/enum-options.js';
import { WorkFieldSelect } from '../../../components/work/work-field-select.js';
import { WorkPersonPicker } from '../../../components/work/work-person-picker.js';
import type { TaskFilter } from '../api/tasks.js';

interface Props {
  filter: TaskFilter;
  /** Names of the unit, area and person in the URL, to label the pickers after a reload. */
  labels: { unit?: string | null; area?: string | null; person?: string | null };
  /** The calendar covers one unit and a month: it hides the area and due-range filters. */
  calendar?: boolean;
  onChange: (patch: TaskFilter) => void;
}

export function TaskFilters({ filter, labels, calendar, onChange }: Props) {
  const { t, tx } = useI18n();
  return (
    <Form layout="vertical" component="div" style={{ marginBottom: 8 }}>
      <Row gutter={12}>
        <Col xs={24} md={12} lg={8}>
          <Form.Item label={t('tasks.filter.q')} htmlFor="tasks-q">
            <Input.Search
              id="tasks-q"
              defaultValue={filter.q ?? ''}
              allowClear
              enterButton={t('action.search')}
              onSearch={(v) => onChange({ q: v.trim() || undefined })}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} lg={8}>
          <Form.Item label={t('tasks.field.unit')} htmlFor="tasks-unit">
            <UnitPicker
              id="tasks-unit"
              value={filter.unitId ?? null}
              valueLabel={labels.unit}
              onChange={(v) => onChange({ unitId: v ?? undefined })}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} lg={8}>
          <Form.Item label={t('tasks.filter.person')} htmlFor="tasks-person">
            <WorkPersonPicker
              id="tasks-person"
              unitId={filter.unitId}
              value={filter.personId ?? null}
              known={filter.personId && labels.person ? [{ id: filter.personId, fullName: labels.person }] : []}
              onChange={(v) => onChange({ personId: v ?? undefined })}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} lg={4}>
          <Form.Item label={t('tasks.field.field')} htmlFor="tasks-field">
            <WorkFieldSelect
              id="tasks-field"
              value={filter.fieldCode}
              onChange={(v) => onChange({ fieldCode: v ?? undefined })}
              placeholder={t('tasks.filter.all')}
            />
          </Form.Item>
        </Col>
        {calendar ? null : (
          <Col xs={12} md={6} lg={4}>
            <Form.Item label={t('tasks.field.area')} htmlFor="tasks-area">
              <UnitPicker
                id="tasks-area"
                value={filter.areaUnitId ?? null}
                valueLabel={labels.area}
                onChange={(v) => onChange({ areaUnitId: v ?? undefined })}
              />
            </Form.Item>
          </Col>
        )}
        <Col xs={12} md={6} lg={3}>
          <Form.Item label={t('tasks.field.status')} htmlFor="tasks-status">
            <Select
              id="tasks-status"
              allowClear
              value={filter.status}
              onChange={(v) => onChange({ status: v ?? undefined })}
              options={enumOptions(tx, 'taskStatus', TaskStatuses)}
              placeholder={t('tasks.filter.all')}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} lg={3}>
          <Form.Item label={t('tasks.filter.overdue')} htmlFor="tasks-overdue">
            <Select
              id="tasks-overdue"
              allowClear
              value={filter.overdue === undefined ? undefined : String(filter.overdue)}
              onChange={(v?: string) => onChange({ overdue: v === undefined ? undefined : (v as 'true' | 'false') })}
              options={[
                { value: 'true', label: t('tasks.filter.overdueOnly') },
                { value: 'false', label: t('tasks.filter.notOverdue') },
              ]}
              placeholder={t('tasks.filter.all')}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} lg={4}>
          <Form.Item label={t('tasks.field.source')} htmlFor="tasks-source">
            <Select
              id="tasks-source"
              allowClear
              value={filter.source}
              onChange={(v) => onChange({ source: v ?? undefined })}
              options={enumOptions(tx, 'taskSource', TaskSources)}
              placeholder={t('tasks.filter.all')}
            />
          </Form.Item>
        </Col>
        {calendar ? null : (
          <>
            <Col xs={12} md={6} lg={3}>
              <Form.Item label={t('tasks.filter.dueFrom')} htmlFor="tasks-from">
                <DateInput id="tasks-from" value={filter.from ?? null} onChange={(v) => onChange({ from: v ?? undefined })} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6} lg={3}>
              <Form.Item label={t('tasks.filter.dueTo')} htmlFor="tasks-to">
                <DateInput id="tasks-to" value={filter.to ?? null} onChange={(v) => onChange({ to: v ?? undefined })} />
              </Form.Item>
            </Col>
          </>
        )}
      </Row>
    </Form>
  );
}
