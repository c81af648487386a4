// Submits a new-task form: server field errors go next to their fields, the rest in an alert.
import { useQueryClient } from '@tanstack/react-query';
import type { FormInstance } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '../../../app/paths.js';
import { applyFieldErrors } from '../../../lib/form-errors.js';
import { collapseListFields } from '../../../lib/work/field-errors.js';
import { taskKeys, type TaskDetail } from '../api/tasks.js';

export function useTaskSubmit<V>(form: FormInstance<V>, send: (values: V) => Promise<TaskDetail>) {
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [rest, setRest] = useState<{ field: string; message: string }[] | undefined>(undefined);
  const submit = async (values: V) => {
    setPending(true);
    setError(null);
    try {
      const task = await send(values);
      qc.setQueryData(taskKeys.detail(task.id), task);
      void qc.invalidateQueries({ queryKey: taskKeys.all, predicate: (q) => q.queryKey[1] !== 'detail' });
      void navigate(paths.task(task.id));
    } catch (err) {
      const e = collapseListFields(err, ['supportIds']);
      setError(e);
      setRest(applyFieldErrors(form as FormInstance, e));
      window.scrollTo({ top: 0, behavior: 'smooth' });
    } finally {
      setPending(false);
    }
  };
  return { submit, pending, error, rest };
}
