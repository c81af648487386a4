// Vietnamese personal names: folding for diacritic-free search, the sort key for people
// lists (tên → tên đệm → họ, Vietnamese alphabet, tones second), and splitting full names.

export interface PersonName {
  familyName: string; // họ
  middleName: string; // tên đệm (may be empty or several words)
  givenName: string; // tên
}

// Vietnamese tone marks (combining, after NFD) → dictionary tone order:
// ngang 0 < huyền 1 < hỏi 2 < ngã 3 < sắc 4 < nặng 5.
const TONE_BY_MARK: Record<string, number> = {
  '\u0300': 1, // huyền (grave)
  '\u0309': 2, // hỏi (hook above)
  '\u0303': 3, // ngã (tilde)
  '\u0301': 4, // sắc (acute)
  '\u0323': 5, // nặng (dot below)
};

// Letter-shape marks that make distinct Vietnamese letters.
const BREVE = '\u0306'; // ă
const CIRCUMFLEX = '\u0302'; // â ê ô
const HORN = '\u031B'; // ơ ư

// Two-character codes, all ≥ '0' (0x30), in Vietnamese alphabet order:
// digits < a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y < f j w z.
const LETTER_CODE: Record<string, string> = {
  a: 'a0',
  ă: 'a1',
  â: 'a2',
  b: 'b0',
  c: 'c0',
  d: 'd0',
  đ: 'd1',
  e: 'e0',
  ê: 'e1',
  g: 'g0',
  h: 'h0',
  i: 'i0',
  k: 'k0',
  l: 'l0',
  m: 'm0',
  n: 'n0',
  o: 'o0',
  ô: 'o1',
  ơ: 'o2',
  p: 'p0',
  q: 'q0',
  r: 'r0',
  s: 's0',
  t: 't0',
  u: 'u0',
  ư: 'u1',
  v: 'v0',
  x: 'x0',
  y: 'y0',
  f: '{0',
  j: '{1',
  w: '{2',
  z: '{3',
};
for (let d = 0; d <= 9; d++) LETTER_CODE[String(d)] = `${d}0`;
// Any other letter or digit (foreign scripts): '|' (after every code above) + code point.
const OTHER_PREFIX = '|';

// Separators sort below every letter code: end of a section (',') < between words ('.').
const SECTION_END = ',';
const WORD_SEP = '.';

const WHITESPACE_RE = /\s+/gu;

/** Vietnamese diacritic folding for search (bỏ dấu): lowercase, strip tone and letter marks, đ → d, collapse whitespace. */
export function foldDiacritics(s: string): string {
  return s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[đð]/gu, 'd').normalize('NFC').replace(WHITESPACE_RE, ' ').trim();
}

interface SyllableKey {
  letters: string; // concatenated letter codes
  tone: number; // 0–5
}

function variantOf(base: string, marks: string): string {
  if (base === 'a') return marks.includes(BREVE) ? 'ă' : marks.includes(CIRCUMFLEX) ? 'â' : 'a';
  if (base === 'e') return marks.includes(CIRCUMFLEX) ? 'ê' : 'e';
  if (base === 'o') return marks.includes(HORN) ? 'ơ' : marks.includes(CIRCUMFLEX) ? 'ô' : 'o';
  if (base === 'u') return marks.includes(HORN) ? 'ư' : 'u';
  if (base === 'ð') return 'đ'; // Icelandic eth, a frequent stand-in for đ in legacy data
  return base;
}

/** Splits one name part into syllable keys; the tone belongs to the syllable, wherever the mark sits. */
function syllableKeys(part: string): SyllableKey[] {
  const chars = Array.from(part.toLowerCase().normalize('NFD'));
  const out: SyllableKey[] = [];
  let current: SyllableKey | null = null;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (/\p{M}/u.test(ch)) {
      // A combining mark that is not attached to a letter we consumed (e.g. leading mark).
      const tone = TONE_BY_MARK[ch];
      if (current && tone !== undefined && current.tone === 0) current.tone = tone;
      continue;
    }
    if (!/[\p{L}\p{N}]/u.test(ch)) {
      // Whitespace, hyphen and punctuation end the syllable; apostrophes etc. are dropped.
      if (/[\s\-\u2010-\u2015]/u.test(ch)) current = null;
      continue;
    }
    let marks = '';
    while (i + 1 < chars.length && /\p{M}/u.test(chars[i + 1])) marks += chars[++i];
    const letter = variantOf(ch, marks);
    const code = LETTER_CODE[letter] ?? OTHER_PREFIX + (letter.codePointAt(0) ?? 0).toString(16).padStart(6, '0');
    if (!current) {
      current = { letters: '', tone: 0 };
      out.push(current);
    }
    current.letters += code;
    if (current.tone === 0) {
      for (const m of marks) {
        const tone = TONE_BY_MARK[m];
        if (tone !== undefined) {
          current.tone = tone;
          break;
        }
      }
    }
  }
  return out;
}

function partKey(part: string): string {
  const syllables = syllableKeys(part);
  const primary = syllables.map((s) => s.letters).join(WORD_SEP);
  const tones = syllables.map((s) => String(s.tone)).join('');
  return primary + SECTION_END + tones + SECTION_END;
}

/**
 * Vietnamese ordering of people lists (tên, then tên đệm, then họ; Vietnamese alphabet with
 * tones as a secondary level): an ASCII key whose code-unit order (JS `<`, PostgreSQL
 * COLLATE "C") is that order. Case-insensitive; tone placement (Hòa/Hoà) does not matter.
 */
export function vietnameseSortKey(name: PersonName): string {
  // Each part is "letters , tones ,": the given name's letters and then its tones are compared
  // before anything of the middle name, and so on. ',' and '.' sort below every letter code.
  return partKey(name.givenName) + partKey(name.middleName) + partKey(name.familyName);
}

function normaliseWords(s: string): string {
  return s.normalize('NFC').replace(WHITESPACE_RE, ' ').trim();
}

/** Vietnamese name structure (họ + tên đệm + tên): first word is the family name, last the given name, the rest the middle name. */
export function splitFullName(full: string): PersonName {
  const words = normaliseWords(full)
    .split(' ')
    .filter((w) => w !== '');
  if (words.length < 2) {
    throw new RangeError(`A full name needs at least a family name and a given name: ${JSON.stringify(full)}`);
  }
  return {
    familyName: words[0],
    middleName: words.slice(1, -1).join(' '),
    givenName: words[words.length - 1],
  };
}

/** Vietnamese name structure (họ + tên đệm + tên): joins the non-empty parts with single spaces. */
export function fullName(name: PersonName): string {
  return [name.familyName, name.middleName, name.givenName]
    .map(normaliseWords)
    .filter((p) => p !== '')
    .join(' ');
}

// Marks inside the words of a name that search takes as word breaks: "Ksor H'Bla" has a word
// "bla", "Ngọc-Anh" a word "anh" (names of ethnic minorities, compound given names).
const NAME_WORD_MARKS_RE = /['’‘\-.,()/]/gu;

/** Words of a name or of a name search for diacritic-free search (bỏ dấu): folded, marks as word breaks ("Ksor H'Bla" → "ksor h bla"). */
export function foldNameWords(s: string): string {
  return foldDiacritics(s.replace(NAME_WORD_MARKS_RE, ' '));
}

/** Vietnamese diacritic-free search (bỏ dấu): folded "họ tên đệm tên" words, e.g. "nguyen van an". */
export function personSearchText(name: PersonName): string {
  return foldNameWords(fullName(name));
}
