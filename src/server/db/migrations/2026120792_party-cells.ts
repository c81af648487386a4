// Party cells (DOMAIN.md §5; decision 0024): members' memberships with their history, the public
// holidays that working-day deadlines skip, cell meetings with attendance, guests and the tasks they
// assign, monthly dues, and the regulation settings 'cells.*' with their effective dates.
//
// History: a membership row is never deleted. It lives [from_on, to_on) in one cell; the list of a cell
// on any day is the rows with from_on ≤ day < to_on. An official membership is held in one cell at a
// time (the partial unique index below for the open row; overlapping closed rows are refused by the
// service). The seed values below are DEFAULT_CELL_SETTINGS of src/domain/party-cells as of this
// migration, written out (a migration never imports app code); party-cells.seed.test.ts checks them.
import { type Kysely, sql } from 'kysely';

// The Charter of 2011 (the 11th Congress, 19/01/2011) is the earliest text these rows stand for; the
// service reads days before it with these rows too (decision 0024: older rules are not held).
const SETTINGS_FROM = '2011-01-19';

// prettier-ignore
const SETTINGS: Array<[string, unknown, string]> = [
  ['cells.probation', { months: 12 }, 'Điều lệ Đảng, Điều 5'],
  ['cells.admission_age', { minMonths: 216, maxMonths: 720 }, 'Điều lệ Đảng, Điều 1; Quy định 294-QĐ/TW'],
  ['cells.removal', { months: 3 }, 'Điều lệ Đảng, Điều 8'],
  ['cells.meeting', { minMinutes: 90, minMinutesCombined: 120, documentsLeadHours: 24, themedEveryMonths: 3 }, 'Chỉ thị 50-CT/TW; Hướng dẫn 42-HD/BTCTW'],
  ['cells.quality', { attendanceAbovePercent: 85, maxExcusedInARow: 3 }, '[U] Hướng dẫn 12-HD/BTCTW (2018)'],
  ['cells.transfer', { fileWithinWorkingDays: 60, presentWithinWorkingDays: 30 }, 'Hướng dẫn 06-HD/TW'],
  ['cells.dues', { percentOfIncome: 1, minimumAmount: 2000 }, '[U] Quy định 01-QĐ/TW (đảng phí)'],
];

// Vietnamese public holidays (Bộ luật Lao động 2019, Điều 112) as the Government announced the days
// off, weekdays only (weekends are never working days anyway). Data, not code: a year is a new row set.
// prettier-ignore
const HOLIDAYS: Array<[string, string]> = [
  ['2025-01-01', 'Tết Dương lịch'],
  ['2025-01-27', 'Tết Nguyên đán'], ['2025-01-28', 'Tết Nguyên đán'], ['2025-01-29', 'Tết Nguyên đán'],
  ['2025-01-30', 'Tết Nguyên đán'], ['2025-01-31', 'Tết Nguyên đán'],
  ['2025-04-07', 'Giỗ Tổ Hùng Vương'],
  ['2025-04-30', 'Ngày Giải phóng miền Nam'], ['2025-05-01', 'Ngày Quốc tế Lao động'], ['2025-05-02', 'Nghỉ hoán đổi'],
  ['2025-09-01', 'Quốc khánh'], ['2025-09-02', 'Quốc khánh'],
  ['2026-01-01', 'Tết Dương lịch'], ['2026-01-02', 'Nghỉ hoán đổi'],
  ['2026-02-16', 'Tết Nguyên đán'], ['2026-02-17', 'Tết Nguyên đán'], ['2026-02-18', 'Tết Nguyên đán'],
  ['2026-02-19', 'Tết Nguyên đán'], ['2026-02-20', 'Tết Nguyên đán'],
  ['2026-04-27', 'Giỗ Tổ Hùng Vương (nghỉ bù)'],
  ['2026-04-30', 'Ngày Giải phóng miền Nam'], ['2026-05-01', 'Ngày Quốc tế Lao động'],
  ['2026-09-01', 'Quốc khánh'], ['2026-09-02', 'Quốc khánh'],
  ['2027-01-01', 'Tết Dương lịch'],
  ['2027-02-04', 'Tết Nguyên đán'], ['2027-02-05', 'Tết Nguyên đán'], ['2027-02-08', 'Tết Nguyên đán'],
  ['2027-02-09', 'Tết Nguyên đán'], ['2027-02-10', 'Tết Nguyên đán'],
  ['2027-04-16', 'Giỗ Tổ Hùng Vương'],
  ['2027-04-30', 'Ngày Giải phóng miền Nam'],
  ['2027-09-02', 'Quốc khánh'], ['2027-09-03', 'Quốc khánh'],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE public_holiday (
      day  date PRIMARY KEY,
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200)
    );

    CREATE TABLE party_membership (
      id                    uuid PRIMARY KEY,
      person_id             uuid NOT NULL REFERENCES person(id),
      cell_id               uuid NOT NULL REFERENCES org_unit(id),
      kind                  text NOT NULL CHECK (kind IN ('official', 'temporary')),
      from_on               date NOT NULL,
      to_on                 date,
      joined_how            text NOT NULL CHECK (joined_how IN ('admission', 'official_transfer', 'temporary_transfer', 'readmission')),
      left_how              text CHECK (left_how IN ('official_transfer', 'temporary_transfer', 'removal', 'expulsion', 'resignation', 'death')),
      admission_decision_on date,
      ceremony_on           date,
      full_vote_on          date,
      full_decision_on      date,
      age_exception         text CHECK (length(age_exception) <= 500),
      card_number           text CHECK (length(card_number) <= 40),
      exempt_from           date,
      exempt_decision       text CHECK (length(exempt_decision) <= 200),
      suspended_from        date,
      note                  text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
      version               integer NOT NULL DEFAULT 1,
      created_at            timestamptz NOT NULL DEFAULT now(),
      CHECK (to_on IS NULL OR to_on > from_on),
      CHECK ((to_on IS NULL) = (left_how IS NULL)),
      CHECK (ceremony_on IS NULL OR admission_decision_on IS NOT NULL),
      CHECK (full_decision_on IS NULL OR full_vote_on IS NOT NULL)
    );
    CREATE UNIQUE INDEX party_membership_one_open_official ON party_membership (person_id) WHERE kind = 'official' AND to_on IS NULL;
    CREATE INDEX party_membership_cell_idx ON party_membership (cell_id, from_on);
    CREATE INDEX party_membership_person_idx ON party_membership (person_id, from_on);

    CREATE TABLE cell_meeting (
      id                  uuid PRIMARY KEY,
      cell_id             uuid NOT NULL REFERENCES org_unit(id),
      kind                text NOT NULL CHECK (kind IN ('regular', 'themed', 'combined')),
      month               text NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
      planned_at          timestamptz NOT NULL,
      place               text NOT NULL DEFAULT '' CHECK (length(place) <= 200),
      topic               text NOT NULL DEFAULT '' CHECK (length(topic) <= 500),
      prep_meeting_on     date,
      agenda              text NOT NULL DEFAULT '' CHECK (length(agenda) <= 4000),
      documents           text NOT NULL DEFAULT '' CHECK (length(documents) <= 20000),
      documents_posted_at timestamptz,
      started_at          timestamptz,
      ended_at            timestamptz,
      status              text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'cancelled')),
      minutes             text NOT NULL DEFAULT '' CHECK (length(minutes) <= 20000),
      resolution          text NOT NULL DEFAULT '' CHECK (length(resolution) <= 20000),
      version             integer NOT NULL DEFAULT 1,
      created_by          uuid REFERENCES account(id),
      created_at          timestamptz NOT NULL DEFAULT now(),
      CHECK (ended_at IS NULL OR started_at IS NOT NULL AND ended_at > started_at)
    );
    CREATE INDEX cell_meeting_cell_month_idx ON cell_meeting (cell_id, month);
    CREATE INDEX cell_meeting_month_idx ON cell_meeting (month, cell_id);

    CREATE TABLE cell_attendance (
      meeting_id uuid NOT NULL REFERENCES cell_meeting(id),
      person_id  uuid NOT NULL REFERENCES person(id),
      status     text NOT NULL CHECK (status IN ('present', 'excused', 'unexcused')),
      reason     text NOT NULL DEFAULT '' CHECK (length(reason) <= 500),
      PRIMARY KEY (meeting_id, person_id)
    );
    CREATE INDEX cell_attendance_person_idx ON cell_attendance (person_id, meeting_id);

    CREATE TABLE cell_meeting_guest (
      id         uuid PRIMARY KEY,
      meeting_id uuid NOT NULL REFERENCES cell_meeting(id),
      person_id  uuid REFERENCES person(id),
      name       text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      post       text NOT NULL DEFAULT '' CHECK (length(post) <= 200),
      assigned   boolean NOT NULL DEFAULT false,
      attended   boolean,
      report     text NOT NULL DEFAULT '' CHECK (length(report) <= 4000)
    );
    CREATE INDEX cell_meeting_guest_meeting_idx ON cell_meeting_guest (meeting_id);

    -- The tasks a meeting's resolution assigns: tasks of the task model (source 'conclusion').
    CREATE TABLE cell_meeting_task (
      meeting_id uuid NOT NULL REFERENCES cell_meeting(id),
      task_id    uuid NOT NULL REFERENCES task(id),
      PRIMARY KEY (meeting_id, task_id)
    );

    CREATE TABLE party_dues (
      person_id uuid NOT NULL REFERENCES person(id),
      month     text NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
      cell_id   uuid NOT NULL REFERENCES org_unit(id),
      amount    integer NOT NULL CHECK (amount >= 0),
      status    text NOT NULL CHECK (status IN ('paid', 'unpaid', 'excused')),
      paid_on   date,
      reason    text NOT NULL DEFAULT '' CHECK (length(reason) <= 500),
      version   integer NOT NULL DEFAULT 1,
      PRIMARY KEY (person_id, month),
      CHECK ((status = 'paid') = (paid_on IS NOT NULL))
    );
    CREATE INDEX party_dues_cell_month_idx ON party_dues (cell_id, month);
  `.execute(db);
  await sql`INSERT INTO regulation_setting (key, effective_from, value, source) VALUES ${sql.join(
    SETTINGS.map(([key, value, source]) => sql`(${key}, ${SETTINGS_FROM}, ${JSON.stringify(value)}::jsonb, ${source})`),
  )}`.execute(db);
  await sql`INSERT INTO public_holiday (day, name) VALUES ${sql.join(HOLIDAYS.map(([day, name]) => sql`(${day}, ${name})`))}`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE party_dues, cell_meeting_task, cell_meeting_guest, cell_attendance, cell_meeting, party_membership, public_holiday;
    DELETE FROM regulation_setting WHERE key LIKE 'cells.%';
  `.execute(db);
}
