// The demo's training plan of the anchor's year (issue 13): for each demo commune four planned courses —
// intermediate political theory for those with only the elementary level or none, defence and security
// knowledge, a digital-skills course that confers no level (matched by name), and principal-officer state
// management later in the year — with attendees, some of whom completed the course (a completed course
// recorded in the year), some still in it: the plan shows partial completion. Deterministic (its own
// stream), dates relative to the anchor (decision 0021).
import type { Insertable, Kysely } from 'kysely';
import { addDays } from '../../domain/dates.js';
import type { CourseLevel } from '../../domain/training/index.js';
import type { DB, TrainingCourseTable } from '../db/schema.js';
import { Random } from './random.js';

interface Person {
  id: string;
  commune_id: string;
  political_theory_level: string | null;
}

const COURSES: Array<{
  name: string;
  institution: string;
  level: CourseLevel | null;
  places: number;
  sent: number;
  done: number;
  late?: boolean;
}> = [
  {
    name: 'Trung cấp lý luận chính trị - hành chính',
    institution: 'Trường Chính trị tỉnh',
    level: 'political_intermediate',
    places: 4,
    sent: 4,
    done: 2,
  },
  {
    name: 'Bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4',
    institution: 'Bộ Chỉ huy Quân sự tỉnh',
    level: 'defence_security',
    places: 6,
    sent: 5,
    done: 3,
  },
  { name: 'Bồi dưỡng kỹ năng chuyển đổi số', institution: 'Sở Khoa học và Công nghệ', level: null, places: 10, sent: 8, done: 3 },
  {
    name: 'Bồi dưỡng ngạch chuyên viên chính',
    institution: 'Học viện Hành chính Quốc gia',
    level: 'state_management_principal',
    places: 2,
    sent: 2,
    done: 0,
    late: true,
  },
];

export async function seedTrainingPlanDemo(
  trx: Kysely<DB>,
  opts: { seed: number | string; anchor: string; communeUnitIds: readonly string[]; people: readonly Person[] },
) {
  const rng = new Random(`${String(opts.seed)}:training-plan`);
  const year = Number(opts.anchor.slice(0, 4));
  const inYear = (d: string) => (d.startsWith(`${year}-`) ? d : `${year}-01-01`);
  const items = [];
  const attendees = [];
  const courses: Array<Insertable<TrainingCourseTable>> = [];
  for (const communeId of opts.communeUnitIds) {
    const mine = opts.people.filter((p) => p.commune_id === communeId);
    const elementary = mine.filter((p) => !p.political_theory_level || /sơ cấp/i.test(p.political_theory_level));
    for (const [k, c] of COURSES.entries()) {
      const pool = k === 0 && elementary.length >= c.sent ? elementary : mine.slice(k * 11);
      const sent = pool.slice(0, c.sent);
      const start = c.late ? addDays(opts.anchor, 20) : inYear(addDays(opts.anchor, -rng.int(150, 240)));
      const end = c.late ? addDays(opts.anchor, 80) : inYear(addDays(opts.anchor, -rng.int(5, 30)));
      const id = rng.uuid();
      items.push({
        id,
        unit_id: communeId,
        year,
        name: c.name,
        institution: c.institution,
        level: c.level,
        start_date: start.startsWith(`${year}-`) ? start : `${year}-12-01`,
        end_date: end >= start && end.startsWith(`${year}-`) ? end : `${year}-12-31`,
        places: c.places,
        created_by: null,
      });
      for (const [n, p] of sent.entries()) {
        attendees.push({ item_id: id, person_id: p.id });
        if (c.late) continue;
        const done = n < c.done;
        courses.push({
          id: rng.uuid(),
          person_id: p.id,
          name: c.name,
          institution: c.institution,
          start_date: start,
          end_date: done ? end : null,
          mode: c.level === 'political_intermediate' ? 'in_service' : 'short_course',
          result: done ? 'completed' : 'in_progress',
          certificate: done ? `Chứng chỉ số ${rng.int(1000, 9999)}/${year}` : null,
          level: c.level,
          field_group: null,
        });
      }
    }
  }
  if (items.length) await trx.insertInto('training_plan_item').values(items).execute();
  if (attendees.length) await trx.insertInto('training_plan_attendee').values(attendees).execute();
  if (courses.length) await trx.insertInto('training_course').values(courses).execute();
}
