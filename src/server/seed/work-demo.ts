// The demo's year of work (the 52 weeks up to next week, and a few weeks of work ahead, all drawn
// from the anchor's calendar — src/domain/demo-calendar.ts) for its communes:
// responsibilities of the committee members, weekly plans of every member holding a key or head
// post (approved items became tasks), task slips from the secretary and the People's Committee
// chair, the annual programme, volunteered hard tasks with roadmaps, weekly briefing meetings
// (work-demo-meetings.ts), unit indicators and a few notifications (work-demo-extras.ts).
import type { DemoCalendar } from '../../domain/demo-calendar.js';
import type { PersonRow, SeedBatch } from './batch.js';
import { addDays } from '../../domain/dates.js';
import { minDate, randomDate } from './days.js';
import { Random } from './random.js';
import { TERM } from './units-factory.js';
import type { CommuneOrg, CommuneStaffing } from './units-factory.js';
import { type TaskRow, WorkBatch } from './work-batch.js';
import { roadmapState } from '../../domain/roadmap.js';
import { addIndicators, addNotifications } from './work-demo-extras.js';
import { addMeetings } from './work-demo-meetings.js';
import { CommuneWork, exceedRateOf, fieldTask, PRIORITIES, Subtrees, WORK_UNITS, wordTitle } from './work-demo-context.js';
import { vnTime } from './work-outcome.js';
import { PLAN_RETURN_COMMENTS, PROGRAMME_TASKS, SLIP_TASKS, SLIP_TOPICS, VOLUNTEER_TASKS } from './work-vocab.js';

export interface DemoWorkInput {
  seed: number;
  batch: SeedBatch;
  communes: Array<{ org: CommuneOrg; staffing: CommuneStaffing }>;
  /** The anchor's calendar: "today", the weeks of the year of work. */
  calendar: DemoCalendar;
  /** One person given an exemplary record over [from, to] (WorkBatch.makeExemplary), before the notifications are written. */
  exemplary?: { personId: string; from: string; to: string };
}

export function buildDemoWork(input: DemoWorkInput): WorkBatch {
  const { batch } = input;
  const rng = Random.derive(input.seed, 'demo:work');
  const accountByPerson = new Map(batch.accounts.filter((a) => a.person_id).map((a) => [a.person_id!, a.id]));
  const accountOf = (personId: string | null) => (personId ? (accountByPerson.get(personId) ?? null) : null);
  const cal = input.calendar;
  const work = new WorkBatch(cal.anchor, Random.derive(input.seed, 'demo:work-ids'), rng, accountOf, exceedRateOf);
  const subtrees = new Subtrees(batch);
  const communes = input.communes.map((c, i) => new CommuneWork(i, c.org, c.staffing, batch, subtrees));
  for (const c of communes) {
    addResponsibilities(work, rng, c);
    addPlans(work, rng, c, accountOf, cal);
    addSlips(work, rng, c, accountOf, cal);
    addProgramme(work, rng, c, accountOf, cal);
    addVolunteered(work, rng, c, cal);
    addMeetings(work, rng, c, accountOf, cal);
    addIndicators(work, rng, c, accountOf, cal.anchor);
  }
  if (input.exemplary) work.makeExemplary(input.exemplary.personId, input.exemplary.from, input.exemplary.to);
  addNotifications(work, communes[0], accountByPerson);
  return work;
}

function addResponsibilities(work: WorkBatch, rng: Random, c: CommuneWork) {
  const from = c.staffing.schedule.congress;
  const add = (person: PersonRow, field: string | null, areaUnitId: string | null, note = '') =>
    work.responsibilities.push({
      id: work.id(),
      person_id: person.id,
      unit_id: c.org.party.committee,
      term_id: TERM.partyNew,
      field_code: field,
      area_unit_id: areaUnitId,
      note,
      valid_from: from,
      valid_to: null,
    });
  for (const person of c.committee) {
    const fields = c.fieldsOf(person);
    const secretary = person.id === c.leader('secretary')?.id;
    add(person, fields[0], null, secretary ? 'Phụ trách chung' : '');
    if (fields.length > 1 && rng.chance(0.6)) add(person, fields[1], null);
  }
  // Every village cell is followed by one committee member (the secretary keeps the overview).
  const followers = c.committee.filter((p) => p.id !== c.leader('secretary')?.id);
  c.areas.forEach((area, i) => add(followers[i % followers.length], null, area.unitId, `Theo dõi ${area.name}`));
}

function addPlans(work: WorkBatch, rng: Random, c: CommuneWork, accountOf: (id: string | null) => string | null, cal: DemoCalendar) {
  const secretary = c.leader('secretary')!;
  const chair = c.leader('pcChair')!;
  const today = cal.anchor;
  for (const week of cal.weeks) {
    const planning = week > today; // next week: the plans are being reviewed now
    for (const writer of c.writers) {
      if (!planning && rng.chance(0.03)) continue; // a missing plan
      const late = rng.chance(0.09);
      // Next week's plans are handed in by today (early in the week, that is today).
      const drawn = late ? addDays(week, planning ? -2 : rng.pick([-2, 0])) : addDays(week, rng.pick([-4, -3, -3]));
      const submitDay = planning ? minDate(drawn, today) : drawn;
      const submitted = vnTime(
        submitDay,
        late ? (submitDay === week ? '07:10' : '09:30') : `${rng.int(8, 16)}:${rng.pick(['05', '25', '45'])}`,
      );
      const r = rng.next();
      const status = !planning ? 'approved' : r < 0.7 ? 'approved' : r < 0.88 ? 'submitted' : r < 0.94 ? 'returned' : 'draft';
      const reviewer = writer.id === secretary.id ? chair : secretary;
      const reviewDay = planning ? minDate(addDays(week, -2), today) : late ? week : addDays(week, -2);
      const plan = {
        id: work.id(),
        unit_id: writer.unit_id,
        person_id: writer.id,
        week_start: week,
        status,
        submitted_at: status === 'draft' ? null : submitted,
        reviewed_by: status === 'approved' || status === 'returned' ? accountOf(reviewer.id) : null,
        reviewed_at: status === 'approved' || status === 'returned' ? vnTime(reviewDay, late ? '10:30' : '15:00') : null,
        review_comment: status === 'returned' ? rng.pick(PLAN_RETURN_COMMENTS) : null,
        created_at: vnTime(minDate(addDays(week, -5), submitDay), '07:00'),
      } as const;
      work.plans.push(plan);
      const n = rng.int(3, 5);
      const fields = c.fieldsOf(writer);
      for (let i = 0; i < n; i++) {
        const start = addDays(week, rng.int(0, 3));
        const due = rng.chance(0.85) ? minDate(addDays(start, rng.int(0, 3)), addDays(week, 4)) : addDays(week, rng.int(7, 11));
        const { field, title, area } = fieldTask(rng, fields, start, c.areas);
        const workUnits = WORK_UNITS.draw(rng);
        const itemId = work.id();
        let taskId: string | null = null;
        if (status === 'approved') {
          taskId = work.addTask({
            unitId: plan.unit_id,
            source: 'plan',
            sourceRef: itemId,
            title,
            assignerId: reviewer.id,
            fieldCode: field,
            areaUnitId: area?.unitId ?? null,
            startDate: start,
            dueDate: due,
            workUnits,
            leadId: writer.id,
            supportIds: c.supports(rng, plan.unit_id, writer.id),
            createdBy: accountOf(reviewer.id),
          }).id;
        }
        work.planItems.push({
          id: itemId,
          plan_id: plan.id,
          ordinal: i + 1,
          title,
          description: '',
          field_code: field,
          work_units: workUnits,
          start_date: start,
          due_date: due,
          task_id: taskId,
        });
      }
    }
  }
}

function addSlips(work: WorkBatch, rng: Random, c: CommuneWork, accountOf: (id: string | null) => string | null, cal: DemoCalendar) {
  const issuers = [c.leader('secretary')!, c.leader('pcChair')!];
  const today = cal.anchor;
  for (const week of cal.weeks.filter((w) => w <= today)) {
    const n = rng.int(3, 7);
    for (let i = 0; i < n; i++) {
      const issuer = rng.chance(0.55) ? issuers[0] : issuers[1];
      const lead = rng.pick(c.workers.filter((p) => p.id !== issuer.id));
      const start = randomDate(rng, week, minDate(addDays(week, 4), today));
      const own = rng.chance(0.5) ? fieldTask(rng, c.fieldsOf(lead), start, c.areas) : null;
      const worded = own ?? { field: null, ...wordTitle(rng, rng.pick(SLIP_TASKS), start, c.areas, SLIP_TOPICS) };
      work.addTask({
        unitId: c.unitId,
        source: 'slip',
        title: worded.title,
        assignerId: issuer.id,
        fieldCode: worded.field,
        areaUnitId: worded.area?.unitId ?? null,
        startDate: start,
        dueDate: addDays(start, rng.pick([2, 3, 5, 7, 7, 10, 14, 21])),
        priority: PRIORITIES.draw(rng),
        workUnits: WORK_UNITS.draw(rng),
        leadId: lead.id,
        supportIds: c.supports(rng, c.unitId, lead.id),
        createdBy: accountOf(issuer.id),
      });
    }
    // About once a month a village cell's secretary gets a slip for their village.
    if (c.cellSecretaries.length && rng.chance(0.25)) {
      const cell = rng.pick(c.cellSecretaries);
      const start = randomDate(rng, week, minDate(addDays(week, 4), today));
      const { title } = wordTitle(
        rng,
        rng.pick(SLIP_TASKS.slice(3)),
        start,
        [cell.area],
        SLIP_TOPICS.filter((t) => t.includes('{area}')),
      );
      work.addTask({
        unitId: c.unitId,
        source: 'slip',
        title,
        assignerId: issuers[0].id,
        areaUnitId: cell.area.unitId,
        startDate: start,
        dueDate: addDays(start, rng.pick([7, 10, 14])),
        workUnits: WORK_UNITS.draw(rng),
        leadId: cell.person.id,
        createdBy: accountOf(issuers[0].id),
      });
    }
  }
}

/** The committee's programme: quarterly reviews and committee meetings, and the year-end review, around the year of work. */
function addProgramme(work: WorkBatch, rng: Random, c: CommuneWork, accountOf: (id: string | null) => string | null, cal: DemoCalendar) {
  const secretary = c.leader('secretary')!;
  const office = c.leader('officeChief') ?? secretary;
  const deputy = c.leader('deputyStanding') ?? office;
  const building = c.leader('buildingHead') ?? office;
  // Tasks that start inside the year of work or within three weeks of today.
  const horizon = addDays(cal.anchor, 21);
  const inWindow = (start: string) => start >= cal.workFrom && start <= horizon;
  const add = (template: string, lead: PersonRow, start: string, due: string, units: number) => {
    if (!inWindow(start)) return;
    const { title } = wordTitle(rng, template, start, c.areas);
    work.addTask({
      unitId: c.org.party.committee,
      source: 'programme',
      title,
      assignerId: secretary.id,
      fieldCode: 'party_building',
      startDate: start,
      dueDate: due,
      priority: 'high',
      workUnits: units,
      leadId: lead.id,
      supportIds: c.supports(rng, c.org.party.committee, lead.id),
      createdBy: accountOf(secretary.id),
    });
  };
  for (let year = Number(cal.workFrom.slice(0, 4)); year <= Number(horizon.slice(0, 4)); year++) {
    ['03-31', '06-30', '09-30', '12-31'].forEach((md, q) => {
      const end = `${year}-${md}`;
      if (q < 3) add(PROGRAMME_TASKS[0], office, addDays(end, -10), addDays(end, 5), 3);
      add(PROGRAMME_TASKS[1], deputy, addDays(end, -25), addDays(end, -8), 2);
    });
    add(PROGRAMME_TASKS[2], office, `${year}-11-16`, `${year}-12-18`, 5);
    add(PROGRAMME_TASKS[3], building, `${year}-11-20`, `${year}-12-25`, 4);
  }
}

function addVolunteered(work: WorkBatch, rng: Random, c: CommuneWork, cal: DemoCalendar) {
  const today = cal.anchor;
  const candidates = [...c.leaders('pcVice'), c.leader('buildingHead'), c.leader('inspectionChair'), ...c.leaders('divisionHead')].filter(
    (p): p is PersonRow => !!p,
  );
  const picks = rng.sample(VOLUNTEER_TASKS, 2);
  picks.forEach((v, i) => {
    const lead = candidates[(c.index + i) % candidates.length];
    const start = randomDate(rng, addDays(cal.workFrom, 35), addDays(cal.workFrom, 212));
    const due = addDays(start, rng.int(90, 210));
    const { title, area } = wordTitle(rng, v.title, start, c.areas);
    const task = work.addTask({
      unitId: c.unitId,
      source: 'volunteer',
      title,
      description: 'Nhiệm vụ khó, mới do cá nhân đăng ký thực hiện, có lộ trình cam kết.',
      assignerId: c.leader('secretary')!.id,
      fieldCode: v.field,
      areaUnitId: area?.unitId ?? null,
      startDate: start,
      dueDate: due,
      priority: 'high',
      workUnits: 5,
      leadId: lead.id,
      supportIds: c.supports(rng, c.unitId, lead.id),
      dueChangeChance: 0,
    });
    const n = v.milestones.length;
    const span = (Date.parse(due) - Date.parse(start)) / 86_400_000;
    v.milestones.forEach((m, k) => {
      const mDue = k === n - 1 ? due : addDays(start, Math.round((span * (k + 1)) / n));
      let doneOn: string | null = null;
      if (task.completed_on) doneOn = minDate(task.completed_on, addDays(mDue, rng.int(-7, 2)));
      else if (mDue < today && rng.chance(0.85)) doneOn = minDate(today, addDays(mDue, rng.int(-5, 6)));
      if (doneOn && doneOn < start) doneOn = start;
      work.milestones.push({ id: work.id(), task_id: task.id, ordinal: k + 1, title: m, due_date: mDue, done_on: doneOn, note: '' });
    });
    alignWithRoadmap(work, task, work.milestones.slice(-n));
  });
}

/**
 * An open volunteered task follows its roadmap as the app keeps it (decision 0021): accepted from the
 * start, in progress with its first milestone done, progress the share done. A task still open keeps
 * its last milestone open (the last one done completes the task).
 */
function alignWithRoadmap(work: WorkBatch, task: TaskRow, milestones: Array<{ done_on?: string | null }>) {
  if (task.status === 'done' || task.status === 'cancelled') return;
  const states = () => roadmapState(milestones.map((m) => ({ done_on: m.done_on ?? null })));
  if (states().allDone) milestones[milestones.length - 1].done_on = null;
  const r = states();
  task.status = r.anyDone ? 'in_progress' : 'accepted';
  task.progress = r.progress;
  task.acknowledged_at ??= task.created_at ?? null;
  // Reports never claim more than the task's progress.
  for (let i = work.progress.length - 1; i >= 0; i--) {
    const p = work.progress[i];
    if (p.task_id === task.id && p.progress > r.progress) work.progress.splice(i, 1);
  }
}
