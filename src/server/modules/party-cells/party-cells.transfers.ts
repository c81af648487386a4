// Official transfers against their deadlines (HD 06: the file within 60 working days of the letter, the
// member at the new cell within 30 more; public holidays are data): listed for a committee on its
// dashboard, and reminded to the cell's secretaries and the committee's organising body as notifications
// by the daily reminder scan — idempotent by the dedupe key, so a second run on the same day (or a
// restart) never reminds twice. Decision 0041.
import type { Kysely } from 'kysely';
import type { TransfersView } from '../../../contracts/party-cells-admin.js';
import { addDays, formatViDate, todayInVietnam } from '../../../domain/dates.js';
import { CELL_RULES, transferDeadlines } from '../../../domain/party-cells/index.js';
import { type TransferState, transferState } from '../../../domain/party-cells/admin.js';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import { assertUnitInScope, holds } from '../../http/access.js';
import type { Actor } from '../../http/context.js';
import { type Locale, t } from '../../i18n.js';
import { notifyTx } from '../notifications/index.js';
import * as aq from './party-cells.admin.queries.js';
import { unitById } from './party-cells.queries.js';
import { loadCellSettings, loadHolidays } from './party-cells.settings.js';

/** Transfers are followed for a year after the letter (both deadlines fall well inside it). */
const FOLLOW_DAYS = 365;

async function transfersOn(db: Kysely<DB>, unitId: string | null, asOf: string) {
  const from = addDays(asOf, -FOLLOW_DAYS);
  const rows = await aq.transfersBetween(db, unitId, from, asOf);
  const settings = await loadCellSettings(db, asOf);
  const holidays = await loadHolidays(db, from);
  return rows.map((r) => {
    const d = transferDeadlines(r.to_on, settings, holidays);
    return { row: r, ...d, state: transferState(d, r.arrived_on, asOf) };
  });
}

const stateKey = (s: TransferState) => `cells.transfer.state.${s}` as const;

/** The committee's (or a cell's) official transfers of the last year with their deadlines, newest first. */
export async function transfersView(
  db: Kysely<DB>,
  actor: Actor,
  locale: Locale,
  unitId: string,
  asOf = todayInVietnam(),
): Promise<TransfersView> {
  if (!holds(actor, 'cells.read')) throw notFound();
  if (!(await unitById(db, unitId))) throw notFound();
  await assertUnitInScope(db, actor, 'cells.read', unitId);
  const items = await transfersOn(db, unitId, asOf);
  return {
    asOf,
    rule: CELL_RULES.transfer,
    items: items.map((i) => ({
      membershipId: i.row.id,
      personId: i.row.person_id,
      name: i.row.name,
      cellId: i.row.cell_id,
      cellName: i.row.cell_name,
      letterOn: i.row.to_on,
      fileBy: i.fileBy,
      presentBy: i.presentBy,
      arrivedOn: i.row.arrived_on && i.row.arrived_on <= asOf ? i.row.arrived_on : null,
      state: i.state,
      message: t(locale, stateKey(i.state), {
        fileBy: formatViDate(i.fileBy),
        presentBy: formatViDate(i.presentBy),
        arrivedOn: i.row.arrived_on ? formatViDate(i.row.arrived_on) : '',
      }),
    })),
  };
}

const REMINDED: ReadonlySet<TransferState> = new Set(['file_soon', 'file_late', 'present_late']);

/**
 * One pass over every unit's transfers on `today`: each transfer due soon or late is reminded once per
 * state to each person managing its cell (the cell secretary, the organising body above). Returns the
 * notifications written (0 on a second run).
 */
export async function runTransferReminders(db: Kysely<DB>, today: string): Promise<number> {
  const due = (await transfersOn(db, null, today)).filter((i) => REMINDED.has(i.state));
  if (due.length === 0) return 0;
  const managers = await aq.cellManagers(db, [...new Set(due.map((i) => i.row.cell_id))]);
  let written = 0;
  for (const i of due) {
    for (const m of managers.filter((x) => x.cell_id === i.row.cell_id)) {
      const wrote = await notifyTx(db, {
        personId: m.person_id,
        kind: `cell_transfer_${i.state}`,
        params: {
          name: i.row.name,
          cell: i.row.cell_name,
          cellId: i.row.cell_id,
          letterOn: i.row.to_on,
          fileBy: i.fileBy,
          presentBy: i.presentBy,
        },
        dedupeKey: `cell_transfer:${i.state}:${i.row.id}:${m.person_id}`,
      });
      if (wrote) written += 1;
    }
  }
  return written;
}
