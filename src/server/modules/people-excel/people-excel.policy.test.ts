// people-excel.policy's role part as a table: who imports, who exports, whose export shows citizen IDs.
import { describe, expect, it } from 'vitest';
import { Roles } from '../../../contracts/common.js';
import { A, actor } from '../../test/policy-table.js';
import { exportAuditUnit, exportShowsCitizenIds, requireExporter, requireImporter } from './people-excel.policy.js';

const refused = expect.objectContaining({ status: 403 });

describe('people import and export per role', () => {
  it.each(Roles)('%s', (role) => {
    if (role === 'admin' || role === 'organising') expect(() => requireImporter(actor(role))).not.toThrow();
    else expect(() => requireImporter(actor(role))).toThrow(refused);
    if (role === 'cadre') expect(() => requireExporter(actor(role))).toThrow(refused);
    else expect(() => requireExporter(actor(role))).not.toThrow();
    expect(exportShowsCitizenIds(actor(role))).toBe(['admin', 'organising', 'inspection'].includes(role));
  });

  it('files an export under the requested unit, else the exporter’s only root', () => {
    expect(exportAuditUnit(actor('office'), 'x')).toBe('x');
    expect(exportAuditUnit(actor('office'), undefined)).toBe(A);
    expect(exportAuditUnit(actor('cadre'), undefined)).toBeNull();
  });
});
