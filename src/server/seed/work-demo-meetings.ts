// Weekly briefing meetings (giao ban) of a demo commune: every Monday morning, co-chaired by the
// Party secretary and the People's Committee chair, with the standing committee and the
// People's Committee attending. Past meetings are closed: minutes written and 2–4 conclusions,
// each of which became a task (source 'conclusion') of the unit it directs. Next Monday's meeting
// is scheduled with its agenda and, for commune #1, its documents attached.
import { createHash } from 'node:crypto';
import type { DemoCalendar } from '../../domain/demo-calendar.js';
import type { PersonRow } from './batch.js';
import { addDays } from '../../domain/dates.js';
import { minDate } from './days.js';
import { fullName } from '../../domain/names.js';
import { nameOf } from './people-factory.js';
import type { Random } from './random.js';
import type { WorkBatch } from './work-batch.js';
import { type CommuneWork, PRIORITIES } from './work-demo-context.js';
import { vnTime } from './work-outcome.js';
import { ABSENCE_REASONS, AGENDA, CONCLUSIONS, MEETING_LOCATIONS } from './work-vocab.js';

function weekNumber(monday: string): number {
  // ISO week of a Monday: the week containing its Thursday.
  const thursday = new Date(Date.parse(addDays(monday, 3)));
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return Math.floor((thursday.getTime() - yearStart) / 86_400_000 / 7) + 1;
}

/** Which unit a conclusion directs and who leads it there. */
function targetOf(c: CommuneWork, rng: Random, text: string): { unitId: string; lead: PersonRow | undefined } {
  const o = c.org;
  if (text.startsWith('Giao UBND'))
    return { unitId: o.peoplesCommittee, lead: rng.pick([c.leader('pcChair'), ...c.leaders('pcVice')].filter(Boolean)) };
  if (text.startsWith('Giao Văn phòng')) return { unitId: o.party.office, lead: c.leader('officeChief') };
  if (text.startsWith('Giao Ban Xây dựng')) return { unitId: o.party.building, lead: c.leader('buildingHead') };
  if (text.startsWith('Giao Ủy ban Kiểm tra')) return { unitId: o.party.inspection, lead: c.leader('inspectionChair') };
  return { unitId: o.front, lead: c.leader('frontChair') };
}

/** Every Monday of the year of work, Tết left out, the last one (next week's) scheduled. */
export function addMeetings(
  work: WorkBatch,
  rng: Random,
  c: CommuneWork,
  accountOf: (id: string | null) => string | null,
  cal: DemoCalendar,
) {
  const today = cal.anchor;
  const secretary = c.leader('secretary')!;
  const chair = c.leader('pcChair')!;
  const office = c.leader('officeChief') ?? secretary;
  const attendees = [
    c.leader('deputyStanding'),
    c.leader('inspectionChair'),
    c.leader('frontChair'),
    c.leader('buildingHead'),
    c.leader('councilVice'),
    ...c.leaders('pcVice'),
    c.leader('officeChief'),
  ].filter((p, i, all): p is PersonRow => !!p && all.indexOf(p) === i && p !== secretary && p !== chair);
  const presenters = [chair, ...c.leaders('pcVice'), c.leader('buildingHead'), c.leader('inspectionChair')].filter(
    (p): p is PersonRow => !!p,
  );
  const creator = accountOf(office.id) ?? accountOf(secretary.id);
  const name = (p: PersonRow) => fullName(nameOf(p));

  for (const week of cal.weeks) {
    const past = week <= today;
    const n = weekNumber(week);
    const id = work.id();
    const scheduledAt = vnTime(week, '07:30');
    const agendaTitles = [
      `Kết quả thực hiện nhiệm vụ tuần ${n - 1 || 52} và chương trình công tác tuần ${n}`,
      ...rng.sample(AGENDA, rng.int(2, 3)),
    ];
    const conclusions = past ? rng.sample(CONCLUSIONS, rng.int(2, 4)) : [];
    const absent = new Set(attendees.filter(() => rng.chance(0.08)).map((p) => p.id));
    const minutes = past
      ? [
          `Hội nghị giao ban tuần ${n} do đồng chí ${name(secretary)}, Bí thư Đảng ủy và đồng chí ${name(chair)}, Chủ tịch UBND đồng chủ trì.`,
          `Có mặt ${attendees.length - absent.size + 2}/${attendees.length + 2} đồng chí được triệu tập.`,
          `Đồng chí ${name(office)} báo cáo kết quả thực hiện nhiệm vụ tuần qua; các đồng chí dự họp thảo luận: ${agendaTitles.slice(1).join('; ').toLowerCase()}.`,
          'Hội nghị thống nhất kết luận:',
          ...conclusions.map((t, i) => `${i + 1}. ${t}.`),
        ].join('\n')
      : '';
    work.meetings.push({
      id,
      unit_id: c.unitId,
      kind: 'briefing',
      title: `Giao ban tuần ${n}/${week.slice(0, 4)}`,
      scheduled_at: scheduledAt,
      location: MEETING_LOCATIONS[c.index % MEETING_LOCATIONS.length],
      status: past ? 'closed' : 'scheduled',
      minutes,
      created_by: creator,
      created_at: vnTime(minDate(addDays(week, -4), today), '07:00'),
    });
    // The first co-chair (ordinal 0) is the assigner of the conclusions' tasks, as the meetings module has it.
    [secretary, chair].forEach((p, ordinal) =>
      work.participants.push({
        meeting_id: id,
        person_id: p.id,
        role: 'chair',
        ordinal,
        attended: past ? true : null,
        absence_reason: null,
      }),
    );
    for (const p of attendees) {
      const away = past && absent.has(p.id);
      work.participants.push({
        meeting_id: id,
        person_id: p.id,
        role: 'attendee',
        ordinal: 0,
        attended: past ? !away : null,
        absence_reason: away ? rng.pick(ABSENCE_REASONS) : null,
      });
    }
    agendaTitles.forEach((title, i) =>
      work.agenda.push({
        id: work.id(),
        meeting_id: id,
        ordinal: i + 1,
        title,
        presenter_id: i === 0 ? office.id : rng.pick(presenters).id,
        task_id: null,
      }),
    );
    conclusions.forEach((text, i) => {
      const target = targetOf(c, rng, text);
      const lead = target.lead ?? chair;
      const unitId = target.lead ? target.unitId : c.unitId;
      const due = addDays(week, rng.pick([4, 7, 11, 14, 21]));
      const units = rng.pick([1, 1.5, 2, 3]);
      const conclusionId = work.id();
      const task = work.addTask({
        unitId,
        source: 'conclusion',
        sourceRef: conclusionId,
        title: text,
        description: `Kết luận của hội nghị giao ban tuần ${n}/${week.slice(0, 4)}.`,
        assignerId: secretary.id,
        startDate: week,
        dueDate: due,
        priority: PRIORITIES.draw(rng),
        workUnits: units,
        leadId: lead.id,
        supportIds: c.supports(rng, unitId, lead.id),
        createdBy: creator,
      });
      work.conclusions.push({
        id: conclusionId,
        meeting_id: id,
        ordinal: i + 1,
        text,
        target_unit_id: unitId,
        lead_person_id: lead.id,
        due_date: due,
        work_units: units,
        task_id: task.id,
      });
    });
    // Paperless: commune #1 attaches the week's report to its recent briefings.
    if (c.index === 0 && week >= addDays(today, -21)) {
      const content = Buffer.from(`BÁO CÁO KẾT QUẢ CÔNG TÁC TUẦN ${n - 1}\n\n${agendaTitles.join('\n')}\n`, 'utf8');
      work.attachments.push({
        id: work.id(),
        owner_type: 'meeting',
        owner_id: id,
        file_name: `bao-cao-tuan-${n - 1}.txt`,
        mime_type: 'text/plain',
        size_bytes: content.length,
        sha256: createHash('sha256').update(content).digest('hex'),
        content,
        uploaded_by: creator,
        uploaded_at: vnTime(minDate(addDays(week, -3), today), '07:15'),
      });
    }
  }
}
