// Every field limit, stated once: the API contracts build their schemas from these numbers and the
// web forms can show the same ones (counters, min/max). Each limit is what the DATABASE column can
// store as typed (src/server/db/migrations): a value the schema accepts is one the column keeps
// unchanged — nothing is cut, rounded or clamped on the way in. No zod here, so any code may import it.

/** PostgreSQL `integer` (versions, counts, ranks, ordinals, progress). */
export const INT32_MIN = -2_147_483_648;
export const INT32_MAX = 2_147_483_647;

/**
 * Civil dates the product accepts (`date` columns): wide enough for birth dates, historical unit
 * records and any deadline, narrow enough that date arithmetic (a year added to a due date,
 * retirement dates) never leaves the four-digit years the API and PostgreSQL's text form share.
 */
export const DATE_MIN = '1900-01-01';
export const DATE_MAX = '2199-12-31';

/** Text lengths in characters (after trimming and Unicode NFC normalisation). */
export const TEXT = {
  /** search boxes and name filters */
  query: 100,
  /** family / middle / given name */
  personName: 60,
  /** codes and short keys: field codes, cadre groups, term ids */
  code: 40,
  /** administrative-unit ids such as '2025:C:00004' */
  adminUnitId: 20,
  /** audit filters */
  entityType: 60,
  entityId: 100,
  /** usernames as typed at sign-in */
  username: 100,
  password: 200,
  displayName: 100,
  unitName: 200,
  shortName: 60,
  /** decision numbers ('123-QĐ/TU') */
  decisionRef: 120,
  postTitle: 200,
  /** people records */
  ethnicity: 40,
  religion: 40,
  educationLevel: 80,
  professionalQualification: 200,
  politicalTheoryLevel: 40,
  stateManagementLevel: 60,
  /** task, plan item, meeting titles; criteria set names */
  title: 300,
  /** criterion titles */
  criterionTitle: 500,
  /** cadre group and indicator names */
  name: 200,
  /** indicator measures ('%', 'tỷ đồng') */
  measure: 40,
  location: 300,
  address: 300,
  /** one-line notes (responsibilities, indicator actuals, absence reasons) */
  note: 500,
  /** notes of conduct records and units */
  longNote: 1000,
  /** reasons of task changes */
  reason: 1000,
  /** reasons of evaluation steps, conduct texts, meeting conclusions */
  longReason: 2000,
  /** plan item descriptions and return comments */
  planText: 4000,
  /** task descriptions and notes, evaluation comments */
  description: 5000,
  /** meeting minutes */
  minutes: 100_000,
} as const;

/** numeric(p, s) columns: at most `scale` decimals, |value| < 10^(precision − scale). */
export interface DecimalLimit {
  precision: number;
  scale: number;
  min: number;
  max: number;
}

/** Work units of tasks, plan items and conclusions: numeric(8,2) CHECK (work_units > 0). */
export const WORK_UNITS: DecimalLimit = { precision: 8, scale: 2, min: 0.01, max: 999_999.99 };
/** Evaluation scores and points (numeric(6,2)); the regulation's scale is 0–100. */
export const SCORE: DecimalLimit = { precision: 6, scale: 2, min: 0, max: 100 };
/**
 * Criterion maximum points: numeric(6,2) CHECK (max_points > 0). Zero passes the schema so that the
 * criteria-set rule (domain/evaluation/score.ts) refuses it naming the criterion and the regulation.
 */
export const CRITERION_POINTS: DecimalLimit = { precision: 6, scale: 2, min: 0, max: 100 };
/** Percentages stored as numeric(5,2) (quota exceptions). */
export const PERCENT: DecimalLimit = { precision: 5, scale: 2, min: 0, max: 100 };
/** Indicator targets and actuals: numeric(18,4). */
export const INDICATOR_VALUE: DecimalLimit = { precision: 18, scale: 4, min: -1e13, max: 1e13 };

/** Task progress in percent: integer CHECK (progress BETWEEN 0 AND 100). */
export const PROGRESS = { min: 0, max: 100 } as const;

/** Uploads (multipart). */
export const UPLOAD = {
  /** one file of an import or a meeting document */
  maxBytes: 20 * 1024 * 1024,
  /** one attachment of a progress report */
  attachmentBytes: 10 * 1024 * 1024,
  /** file names as stored with the file */
  fileNameLength: 200,
  /** plain form fields of a multipart body */
  fieldBytes: 100_000,
  maxFields: 20,
} as const;

/** Weights of the results formula (stored in a criteria set's JSON): 0–1000, four decimals. */
export const WEIGHT: DecimalLimit = { precision: 8, scale: 4, min: 0, max: 1000 };
