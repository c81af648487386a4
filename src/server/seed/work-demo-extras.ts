// Unit indicators of the demo communes for the anchor's year (targets and the quarterly actuals
// recorded by the anchor; early in a year, last year's too), and a few notifications for the
// people behind the demo accounts as of the anchor, with the dedupe keys the writers use.
import type { Insertable } from 'kysely';
import type { NotificationTable } from '../db/schema.js';
import { addDays } from '../../domain/dates.js';
import type { Random } from './random.js';
import type { WorkBatch } from './work-batch.js';
import type { CommuneWork } from './work-demo-context.js';
import { vnTime } from './work-outcome.js';

const QUARTER_ENDS = ['03-31', '06-30', '09-30', '12-31'];

interface IndicatorSpec {
  code: string;
  name: string;
  measure: string;
  direction: 'increase' | 'decrease';
  target: (rng: Random, ward: boolean) => number;
  /** Value at the end of quarter q (0-based, 3 = the year) given the target. */
  actual: (rng: Random, target: number, q: number, prev: number | null) => number;
}

const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

const INDICATORS: IndicatorSpec[] = [
  {
    code: 'budget_revenue',
    name: 'Thu ngân sách nhà nước trên địa bàn',
    measure: 'tỷ đồng',
    direction: 'increase',
    target: (rng, ward) => (ward ? rng.int(60, 150) : rng.int(18, 65)),
    actual: (rng, target, q) => round(target * ([0.21, 0.47, 0.74, 1.02][q] + (rng.next() - 0.4) * 0.1), 2),
  },
  {
    code: 'land_clearance',
    name: 'Tiến độ giải phóng mặt bằng các dự án trọng điểm',
    measure: '%',
    direction: 'increase',
    target: () => 100,
    actual: (rng, _t, q) => round([26, 52, 77, 96][q] + rng.int(-8, 8)),
  },
  {
    code: 'new_party_members',
    name: 'Kết nạp đảng viên mới',
    measure: 'người',
    direction: 'increase',
    target: (rng) => rng.int(8, 20),
    actual: (rng, target, q, prev) => Math.max(prev ?? 0, Math.round(target * [0.2, 0.5, 0.85, 1.05][q] + rng.int(-1, 2))),
  },
  {
    code: 'digital_citizens',
    name: 'Tỷ lệ công dân số (định danh điện tử mức 2)',
    measure: '%',
    direction: 'increase',
    target: () => 90,
    actual: (rng, _t, q, prev) => round(Math.min(99, (prev ?? 68 + rng.int(0, 8)) + (q === 0 ? 0 : 2 + rng.next() * 4))),
  },
  {
    code: 'online_public_services',
    name: 'Tỷ lệ hồ sơ thủ tục hành chính trực tuyến toàn trình',
    measure: '%',
    direction: 'increase',
    target: () => 80,
    actual: (rng, _t, q, prev) => round(Math.min(98, (prev ?? 48 + rng.int(0, 12)) + (q === 0 ? 0 : 5 + rng.next() * 6))),
  },
  {
    code: 'admin_reform_rank',
    name: 'Xếp hạng Chỉ số cải cách hành chính trong tỉnh',
    measure: 'hạng',
    direction: 'decrease',
    target: (rng) => rng.int(5, 30),
    actual: (rng, target, _q, prev) => Math.max(1, Math.min(104, Math.round((prev ?? target + rng.int(-5, 25)) + rng.int(-8, 5)))),
  },
];

/** The indicator years on `today`: its year, and the year before until the first quarter's actuals are in (9 April). */
export function indicatorYears(today: string): number[] {
  const year = Number(today.slice(0, 4));
  return today < `${year}-04-09` ? [year - 1, year] : [year];
}

export function addIndicators(
  work: WorkBatch,
  rng: Random,
  c: CommuneWork,
  accountOf: (id: string | null) => string | null,
  today: string,
) {
  const ward = c.org.kind === 'ward';
  const recorder = accountOf(c.leader('officeChief')?.id ?? null);
  for (const year of indicatorYears(today)) {
    for (const spec of INDICATORS) {
      const id = work.id();
      const target = spec.target(rng, ward);
      work.indicators.push({
        id,
        unit_id: c.unitId,
        year,
        code: spec.code,
        name: spec.name,
        measure: spec.measure,
        target,
        direction: spec.direction,
      });
      let prev: number | null = null;
      QUARTER_ENDS.forEach((md, q) => {
        const end = `${year}-${md}`;
        const value: number = spec.actual(rng, target, q, prev);
        const recordedOn = addDays(end, rng.int(3, 8));
        // Recorded a few days after the quarter ends: only what is known on `today`.
        if (recordedOn > today) return;
        prev = value;
        work.actuals.push({
          id: work.id(),
          indicator_id: id,
          period_end: end,
          value,
          note: '',
          recorded_by: recorder,
          recorded_at: vnTime(recordedOn, '09:00'),
        });
      });
    }
  }
}

/** Notifications for the people of commune #1 who have a demo account. */
export function addNotifications(work: WorkBatch, c: CommuneWork, accountByPerson: Map<string, string>) {
  const today = work.today;
  const people = new Set(
    [...accountByPerson.keys()].filter((id) => c.workers.some((w) => w.id === id) || c.cellSecretaries.some((s) => s.person.id === id)),
  );
  const taskById = new Map(work.tasks.map((t) => [t.id, t]));
  const out: Array<Insertable<NotificationTable>> = [];
  const push = (n: Omit<Insertable<NotificationTable>, 'id' | 'emailed_at'>) => out.push({ id: work.id(), emailed_at: null, ...n });
  const readAt = (created: Date) =>
    created.getTime() < Date.parse(`${addDays(today, -3)}T00:00:00+07:00`) ? new Date(created.getTime() + 2 * 3_600_000) : null;

  for (const personId of people) {
    const mine = work.assignees.filter((a) => a.person_id === personId).map((a) => taskById.get(a.task_id)!);
    const recent = mine
      .filter((t) => t.start_date <= today)
      .sort((a, b) => (a.created_at! < b.created_at! ? 1 : -1))
      .slice(0, 4);
    for (const t of recent) {
      const created = t.created_at as Date;
      push({
        person_id: personId,
        kind: 'task_assigned',
        task_id: t.id,
        meeting_id: null,
        params: JSON.stringify({ title: t.title, dueDate: t.due_date }),
        dedupe_key: `task_assigned:${t.id}:${personId}`,
        created_at: created,
        read_at: readAt(created),
      });
    }
    for (const t of mine) {
      if (t.status === 'done' || t.status === 'cancelled') continue;
      const days = (Date.parse(t.due_date) - Date.parse(today)) / 86_400_000;
      if (days >= 0 && days <= 3) {
        const threshold = days <= 1 ? 1 : 3;
        push({
          person_id: personId,
          kind: 'task_due_soon',
          task_id: t.id,
          meeting_id: null,
          params: JSON.stringify({ title: t.title, dueDate: t.due_date, days }),
          dedupe_key: `due:${t.id}:${personId}:${threshold}:${t.due_date}`,
          created_at: vnTime(today, '06:00'),
          read_at: null,
        });
      } else if (days < 0 && days >= -7) {
        push({
          person_id: personId,
          kind: 'task_overdue',
          task_id: t.id,
          meeting_id: null,
          params: JSON.stringify({ title: t.title, dueDate: t.due_date }),
          dedupe_key: `overdue:${t.id}:${personId}:${t.due_date}`,
          created_at: vnTime(addDays(t.due_date, 1), '06:00'),
          read_at: null,
        });
      }
    }
    const plans = work.plans
      .filter((p) => p.person_id === personId && p.reviewed_at)
      .sort((a, b) => (a.week_start < b.week_start ? 1 : -1));
    for (const p of plans.slice(0, 2)) {
      const at = p.reviewed_at as Date;
      if (p.status === 'approved') {
        const taskCount = work.planItems.filter((i) => i.plan_id === p.id).length;
        push({
          person_id: personId,
          kind: 'plan_approved',
          task_id: null,
          meeting_id: null,
          params: JSON.stringify({ planId: p.id, weekStart: p.week_start, taskCount }),
          dedupe_key: `plan_approved:${p.id}`,
          created_at: at,
          read_at: readAt(at),
        });
      } else if (p.status === 'returned') {
        push({
          person_id: personId,
          kind: 'plan_returned',
          task_id: null,
          meeting_id: null,
          params: JSON.stringify({ planId: p.id, weekStart: p.week_start, comment: p.review_comment }),
          dedupe_key: `plan_returned:${p.id}:1`,
          created_at: at,
          read_at: null,
        });
      }
    }
  }
  const next = work.meetings.find((m) => m.unit_id === c.unitId && m.status === 'scheduled');
  if (next) {
    for (const p of work.participants.filter((x) => x.meeting_id === next.id && people.has(x.person_id))) {
      push({
        person_id: p.person_id,
        kind: 'meeting_scheduled',
        task_id: null,
        meeting_id: next.id,
        params: JSON.stringify({ title: next.title, scheduledAt: next.scheduled_at.toISOString() }),
        dedupe_key: `meeting_scheduled:${next.id}:${p.person_id}`,
        created_at: next.created_at,
        read_at: null,
      });
    }
  }
  work.notifications.push(...out);
}
