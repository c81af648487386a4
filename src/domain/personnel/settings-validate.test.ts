import { describe, expect, it } from 'vitest';
import { DEFAULT_POST_LADDER } from '../planning/ladder-defaults.js';
import { DEFAULT_PERSONNEL_SETTINGS as D, PERSONNEL_SETTING_KEYS } from './settings.js';
import { parsePersonnelSettings, personnelSettingsFromRows, validatePersonnelSettings } from './settings-validate.js';

const clone = () => JSON.parse(JSON.stringify(D));

describe('validatePersonnelSettings', () => {
  it('the seed is valid and survives a JSON round trip', () => {
    expect(validatePersonnelSettings(clone())).toEqual([]);
    expect(parsePersonnelSettings(clone())).toEqual(D);
  });
  it('the seeded post lists name posts of the seeded ladder', () => {
    const codes = new Set(DEFAULT_POST_LADDER.posts.map((p) => p.code));
    for (const code of [...D.nonLocalPosts, ...D.termLimits.posts]) expect([code, codes.has(code)]).toEqual([code, true]);
  });
  it.each<[string, (s: ReturnType<typeof clone>) => void, string[]]>([
    [
      'the special procedure above the full term',
      (s) => {
        s.appointment.specialProcedureMinMonths = 61;
      },
      ['appointment.specialProcedureMinMonths:setting.range'],
    ],
    [
      'an unknown discipline kind',
      (s) => {
        s.appointment.disciplineWaitingMonths.fine = 12;
      },
      ['appointment.disciplineWaitingMonths.fine:setting.enum'],
    ],
    [
      'a negative waiting period',
      (s) => {
        s.appointment.disciplineWaitingMonths.warning = -1;
      },
      ['appointment.disciplineWaitingMonths.warning:setting.range'],
    ],
    [
      'checking more years than shown',
      (s) => {
        s.appointment.ratings.checkedYears = 4;
      },
      ['appointment.ratings.checkedYears:setting.range'],
    ],
    [
      'a ratings threshold switched off is fine',
      (s) => {
        s.appointment.ratings.minLevel = null;
      },
      [],
    ],
    [
      'an unknown outcome',
      (s) => {
        s.rotation.lowerPost = 'refuse';
      },
      ['rotation.lowerPost:setting.enum'],
    ],
    [
      'locality grounds as text',
      (s) => {
        s.locality.birthplace = 'yes';
      },
      ['locality.birthplace:setting.boolean'],
    ],
    [
      'an empty post code',
      (s) => {
        s.nonLocalPosts = ['commune.pc.chair', ''];
      },
      ['nonLocalPosts:setting.list'],
    ],
    [
      'a share of 0',
      (s) => {
        s.termLimits.minShareOfTerm = 0;
      },
      ['termLimits.minShareOfTerm:setting.range'],
    ],
    [
      'a vote threshold with den 0',
      (s) => {
        s.votes.removal.den = 0;
      },
      ['votes.removal.den:setting.range'],
    ],
    [
      'an exception for a code that does not exist',
      (s) => {
        s.exceptionCodes = ['personnel.ratings.below', 'personnel.nope'];
      },
      ['exceptionCodes.1:setting.enum'],
    ],
  ])('%s', (_n, mutate, want) => {
    const s = clone();
    mutate(s);
    expect(validatePersonnelSettings(s).map((i) => `${i.path}:${i.code}`)).toEqual(want);
  });
  it('assembles the seeded rows', () => {
    const rows = Object.fromEntries(Object.entries(PERSONNEL_SETTING_KEYS).map(([part, key]) => [key, clone()[part]]));
    expect(personnelSettingsFromRows(rows)).toEqual(D);
    delete rows['personnel.votes'];
    expect(() => personnelSettingsFromRows(rows)).toThrow(/votes \(setting\.object\)/);
  });
});
