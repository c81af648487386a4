// The person's record keeps qualifications as the words offices write ('Đại học', 'Cao cấp', 'Chuyên viên
// chính'); the standards compare codes on the ordered scales of the setting 'planning.standards'. This is
// the one mapping between them (compared without case or diacritics); a word it does not know is "none".
import { foldDiacritics } from '../../../domain/names.js';

const WORDS: Record<'qualification' | 'political_theory' | 'state_management', Record<string, string>> = {
  qualification: {
    'trung cap': 'intermediate',
    'cao dang': 'college',
    'dai hoc': 'bachelor',
    'cu nhan': 'bachelor',
    'ky su': 'bachelor',
    'thac si': 'master',
    'tien si': 'doctor',
  },
  political_theory: { 'so cap': 'elementary', 'trung cap': 'intermediate', 'cao cap': 'advanced', 'cu nhan': 'bachelor' },
  state_management: { 'chuyen vien': 'officer', 'chuyen vien chinh': 'principal_officer', 'chuyen vien cao cap': 'senior_officer' },
};

export type StandardCodes = { qualification: string | null; political_theory: string | null; state_management: string | null };

const code = (dimension: keyof typeof WORDS, text: string | null): string | null =>
  text ? (WORDS[dimension][foldDiacritics(text).toLowerCase().trim().replace(/\s+/g, ' ')] ?? null) : null;

/** The standards codes of a person's record fields. */
export function standardCodes(p: {
  education_level: string | null;
  political_theory_level: string | null;
  state_management_level: string | null;
}): StandardCodes {
  return {
    qualification: code('qualification', p.education_level),
    political_theory: code('political_theory', p.political_theory_level),
    state_management: code('state_management', p.state_management_level),
  };
}
