// Identifiers in the columns of "|" tables and tab-separated extracts: a column's header says what
// its cells are. Vaccine and medication records sign each row in a "By" / "Given by" / "Observer"
// column ("| RJ"), rosters list people under "Name", "Student", "Employee" and their numbers under
// "Emp #", "Badge", "MRN", implant records list serials under "Serial", and extracts name clinics,
// schools and employers under "Clinic", "School", "Employer". The rule reads the header row of a
// block of table lines (three label cells or more, no number) and types the cells of the data rows
// below it; it leaves every other column alone.
import type { PhiType } from '../deid.types';
import { CLINICAL_ABBREVIATIONS, CREDENTIALS, NOT_NAMES } from '../lexicon';
import { PRIORITY, type Candidate } from './detector';

// Column headers whose cells are the initials or names of staff, and of the people listed.
const SIGNER_HEADER = /^(?:(?:given|admin(?:istered)?|signed|entered|checked|verified|drawn|performed|collected|observed|read|done)[ \t]+by|by|initials?|init\.?|staff|vaccinator|observer|nurse|rn|tech|technician|counselor)$/i;
const PERSON_HEADER = /^(?:(?:patient|pt|student|employee|child|resident|client|member|worker|donor|participant)(?:[ \t]+name)?|name|full[ \t]+name)$/i;
// (Not "site" or "location": in vaccine and line records they hold body sites, "LT", "R IJ".)
const FACILITY_HEADER = /^(?:clinic|facility|school|employer|pharmacy|practice|hospital|agency|sending[ \t_]+facility|referring[ \t_]+(?:clinic|facility))$/i;
const NUMBER_HEADERS: [RegExp, PhiType][] = [
  [/^(?:mrn|mr[ \t]*#|med(?:ical)?[ \t]+rec(?:ord)?[ \t]*#?)$/i, 'MRN'],
  [/^(?:serial|serial[ \t]*(?:#|no\.?|number)|sn|s\/n)$/i, 'DEVICE'],
  [/^(?:acct|account)[ \t]*(?:#|no\.?|number)?$/i, 'ACCOUNT'],
  [/^(?:emp(?:loyee)?[ \t]*(?:#|id|no\.?)|badge(?:[ \t]*#)?|id[ \t]*#?|student[ \t]+id)$/i, 'ID'],
];
const INITIALS = /^(?:[A-Z]{2,4}|[a-z]{2,3}|[A-Z]\.[A-Z]\.(?:[A-Z]\.)?)$/;
const PERSON_CELL = /^\p{Lu}[\p{L}'’.&-]*(?:,?[ \t]+\p{Lu}[\p{L}'’.&-]*){0,5}$/u;

interface Cell { text: string; start: number }
// What a column holds: a PHI type, signers' names or initials, or logins built from names (pass 23).
type ColumnType = PhiType | 'SIGNER' | 'LOGIN';

function cellsOf(line: string, offset: number, bar: string): Cell[] {
  const cells: Cell[] = [];
  let at = 0;
  for (const part of line.split(bar)) {
    const lead = part.length - part.trimStart().length;
    cells.push({ text: part.trim(), start: offset + at + lead });
    at += part.length + 1;
  }
  return cells;
}

/**
 * Types the cells of the identifier columns of "|" tables.
 *
 * @example
 *   tableColumns('Vaccine | Date | By\nMMR #1 | 03/20/2020 | LC') // NAME over "LC"
 */
export function tableColumns(text: string): Candidate[] {
  const out: Candidate[] = [];
  const hasBars = text.includes('|');
  if (SPACED_HEADER_WORD.test(text)) spacedColumns(text, out);
  if (CSV_HEADER_HINT.test(text)) csvColumns(text, out);
  if (!hasBars && !text.includes('\t')) return out;
  let offset = 0;
  let columns: Map<number, ColumnType> | null = null;
  let width = 0;
  let bar = '|';
  for (const line of text.split('\n')) {
    // ("|" tables, and tab-separated extracts: "date\tclinic\tpatient\tmrn".)
    const pipes = hasBars ? line.split('|').length - 1 : 0;
    const tabs = pipes < 2 ? line.split('\t').length - 1 : 0;
    const sep = pipes >= 2 ? '|' : tabs >= 2 ? '\t' : '';
    const bars = Math.max(pipes, tabs);
    if (bars < 2) {
      columns = null;
    } else if (sep === '|' && /^[\s|:-]+$/.test(line)) {
      // a rule line "|----|----|" keeps the block
    } else if (columns === null || bars !== width || sep !== bar) {
      bar = sep;
      columns = headerColumns(cellsOf(line, offset, bar), sep === '\t');
      width = bars;
    } else {
      const cells = cellsOf(line, offset, bar);
      for (const [k, type] of columns) typeCell(cells[k], type, out);
    }
    offset += line.length + 1;
  }
  return out;
}

/** Types one cell of an identifier column. */
function typeCell(cell: Cell | undefined, type: ColumnType, out: Candidate[]): void {
  if (!cell || !cell.text || /^(?:-+|n\/?a|none|unk(?:nown)?|\?+)$/i.test(cell.text)) return;
  // (A credential or a code in capitals after a person's name stays outside: "K. Vang, RN", "Delgado-Ruiz, Nilda DNR".)
  const person = type === 'SIGNER' || type === 'NAME';
  const tail = person ? /,?[ \t]+([A-Z]{2,5})$/.exec(cell.text) : null;
  if (tail && tail.index > 2 && [CREDENTIALS, NOT_NAMES, CLINICAL_ABBREVIATIONS].some((list) => list.has(tail[1]!.toLowerCase()))) cell = { text: cell.text.slice(0, tail.index), start: cell.start };
  // (And a title before it: "Dr. Saltzman".)
  const title = person ? /^(?:Dr|Mr|Mrs|Ms|Mx|Rev)\.?[ \t]+(?=\p{Lu})/u.exec(cell.text) : null;
  if (title) cell = { text: cell.text.slice(title[0].length), start: cell.start + title[0].length };
  const key = cell.text.toLowerCase();
  if (type === 'LOGIN') {
    if (/^[a-z][a-z0-9._-]{2,20}$/.test(cell.text) && /[a-z]{3}/.test(cell.text)) out.push({ start: cell.start, end: cell.start + cell.text.length, type: 'NAME', priority: PRIORITY.labeled });
  } else if (type === 'AGE') {
    if (/^(?:9\d|1[01]\d)$/.test(cell.text)) out.push({ start: cell.start, end: cell.start + cell.text.length, type, priority: PRIORITY.labeled });
  } else if (type === 'SIGNER') {
    // (Pass 22: initials under a signer's header whatever they spell, "TB", "PA"; not a non-answer.)
    const ok = INITIALS.test(cell.text) ? !NON_ANSWERS.has(key) : PERSON_CELL.test(cell.text) && !NOT_NAMES.has(key) && !CLINICAL_ABBREVIATIONS.has(key);
    if (ok) out.push({ start: cell.start, end: cell.start + cell.text.length, type: 'NAME', priority: PRIORITY.labeled });
  } else if (type === 'NAME' || type === 'FACILITY') {
    if (PERSON_CELL.test(cell.text) && !NOT_NAMES.has(key) && !CLINICAL_ABBREVIATIONS.has(key)) out.push({ start: cell.start, end: cell.start + cell.text.length, type, priority: PRIORITY.labeled });
  } else if (/\d/.test(cell.text) && /^[\w./-]{3,24}$/.test(cell.text)) {
    out.push({ start: cell.start, end: cell.start + cell.text.length, type, priority: PRIORITY.labeled });
  }
}

// (Pass 22) Tables aligned with spaces: a header row of three label cells or more, two spaces or
// more apart ("Tx#   Date   Dose   Initials   Notes"), and the rows below it to the next blank line,
// whose cells belong to the header cell they overlap most ("1     01/08/24   300   RK").
const SPACED_HEADER_WORD = /(?:initials?|init|by|staff|nurse|rn|counselor|tech|name|patient|student|client|resident|mrn|serial|clinic|school|employer|age)[ \t]{2,}|[ \t]{2}(?:initials?|init|by|staff|nurse|rn|counselor|name|patient|mrn|age)\b/i;
const SPACED_CELL = /\S+(?: \S+)*/g;
const NON_ANSWERS: ReadonlySet<string> = new Set(['na', 'nd', 'unk', 'yes', 'no', 'ok', 'pt', 'md', 'rn', 'self']);

function spacedColumns(text: string, out: Candidate[]): void {
  let offset = 0;
  let header: Cell[] | null = null;
  let columns: Map<number, ColumnType> | null = null;
  for (const line of text.split('\n')) {
    const cells = [...line.matchAll(SPACED_CELL)].map((m) => ({ text: m[0], start: m.index! }));
    if (!line.trim() || line.includes('|') || line.includes('\t')) {
      columns = null;
    } else if (columns === null || (!/\d/.test(line) && cells.length >= 3)) {
      columns = cells.length >= 3 ? headerColumns(cells) : null;
      header = cells;
    } else {
      const owner = (c: Cell) => {
        let best = -1;
        let most = 0;
        header!.forEach((h, k) => {
          // (A column reaches two places to the left of its header: hand-typed rows start early.)
          const to = k + 1 < header!.length ? header![k + 1]!.start - 2 : Infinity;
          const overlap = Math.min(c.start + c.text.length, to) - Math.max(c.start, h.start - 2);
          if (overlap > most) [best, most] = [k, overlap];
        });
        return [best, most] as const;
      };
      // (One cell a column, the one that overlaps it most: a row that drifts puts two under one header.)
      const taken = new Map<number, [Cell, number]>();
      for (const cell of cells) {
        const [k, overlap] = owner(cell);
        if (k >= 0 && overlap > (taken.get(k)?.[1] ?? 0)) taken.set(k, [cell, overlap]);
      }
      for (const [k, [cell]] of taken) {
        const type = columns.get(k);
        if (type) typeCell({ text: cell.text, start: offset + cell.start }, type, out);
      }
    }
    offset += line.length + 1;
  }
}

// (Pass 23) Comma-separated exports under a header of field names ("appt_id,appt_date,mrn,last,first,
// dob,phone,provider"): the same columns, and the staff columns of a machine export ("provider",
// "clinician", "attending", "case_mgr", "interp_name"). A name written "SURNAME, Given" without
// quotes spans two fields: a row one field longer than its header joins the name column's two.
const CSV_HEADER_HINT = /(?:^|\n)[\w# .-]{0,24}(?:,[\w# .-]{0,24}){2,}(?=\r?\n)/;
const CSV_HEADER = /^[A-Za-z_][\w# .-]{0,23}(?:,[A-Za-z_][\w# .-]{0,23}){2,}$/;
const STAFF_HEADER = /^(?:provider|clinician|attending|physician|doctor|pcp|case[ \t]?mgr|case[ \t]+manager|caseworker|interp(?:reter)?(?:[ \t]+name)?|ordering(?:[ \t]+provider)?|referring(?:[ \t]+provider)?)$/i;
const NAME_PART_HEADER = /^(?:last|first|middle|last[ \t]?name|first[ \t]?name|given(?:[ \t]?name)?|family(?:[ \t]?name)?|surname|pt[ \t]?name|patient[ \t]?name)$/i;
const MRN_HEADER = /^(?:pt[ \t]?mrn|patient[ \t]?mrn|patient[ \t]?id|pt[ \t]?id)$/i;
// (A login built from a person's name, under "user_login": "omorrow2", "kowalczt".)
const LOGIN_HEADER = /^(?:user[ \t]?login|login|user[ \t]?id|userid|username)$/i;
const USER_NAME_HEADER = /^(?:user[ \t]?name|employee[ \t]?name|staff[ \t]?name)$/i;
const CSV_FIELD = /"(?:[^"\n]|"")*"|[^,\n]*/y;

function csvCells(line: string, offset: number): Cell[] {
  const cells: Cell[] = [];
  let at = 0;
  for (;;) {
    CSV_FIELD.lastIndex = at;
    const m = CSV_FIELD.exec(line)!;
    const quoted = m[0].startsWith('"') && m[0].length > 1;
    cells.push({ text: (quoted ? m[0].slice(1, -1) : m[0]).trim(), start: offset + at + (quoted ? 1 : m[0].length - m[0].trimStart().length) });
    at += m[0].length;
    if (line[at] !== ',') return cells;
    at += 1;
  }
}

function csvColumns(text: string, out: Candidate[]): void {
  let offset = 0;
  let columns: Map<number, ColumnType> | null = null;
  let width = 0;
  for (const line of text.split('\n')) {
    const row = line.replace(/\r$/, '');
    if (CSV_HEADER.test(row) && !/\d/.test(row.replace(/_?\d+$|\d(?=[a-z_])/g, ''))) {
      const header = csvCells(row, offset).map((c) => ({ ...c, text: c.text.replace(/_/g, ' ') }));
      columns = headerColumns(header, true);
      width = header.length;
    } else if (columns !== null && row.includes(',')) {
      let cells = csvCells(row, offset);
      // ("HALVORSEN, Ingrid" in a name column: one field more than the header.)
      if (cells.length === width + 1) {
        const k = [...columns].find(([k, type]) => type === 'NAME' && /^\p{Lu}[\p{L}'’-]+$/u.test(cells[k]?.text ?? '') && /^\p{Lu}[\p{L}'’ "-]*$/u.test(cells[k + 1]?.text ?? ''))?.[0];
        if (k !== undefined) cells = [...cells.slice(0, k), { text: row.slice(cells[k]!.start - offset, cells[k + 1]!.start - offset + cells[k + 1]!.text.length), start: cells[k]!.start }, ...cells.slice(k + 2)];
      }
      if (cells.length === width) for (const [k, type] of columns) typeCell(cells[k], type, out);
      else columns = null;
    } else columns = null;
    offset += line.length + 1;
  }
}

/** The identifier columns of a header row, or null when the row holds none (then it is no header). */
function headerColumns(cells: Cell[], machine = false): Map<number, ColumnType> | null {
  // (Three columns at least: a two-column "Field | Value" table labels its rows, not its columns.)
  // (And no number anywhere: "Patient | Ann Roe | DOB 3/4/61" is a row with its own label.)
  if (cells.filter((c) => c.text).length < 3 || cells.some((c) => /\d/.test(c.text))) return null;
  const columns = new Map<number, ColumnType>();
  cells.forEach((cell, k) => {
    // (Pass 22: a note on the cell's form stays outside, "Patient (last, first)".)
    const h = cell.text.replace(/[ \t]*\([^)]*\)$/, '');
    if (!h) return;
    if (SIGNER_HEADER.test(h)) columns.set(k, 'SIGNER');
    // (Pass 22) An age column: its ages over 89 are PHI.
    else if (/^age(?:[ \t]*\((?:y|yrs?|years)\))?$/i.test(h)) columns.set(k, 'AGE');
    else if (PERSON_HEADER.test(h) || (machine && (NAME_PART_HEADER.test(h) || STAFF_HEADER.test(h)))) columns.set(k, 'NAME');
    else if (machine && MRN_HEADER.test(h)) columns.set(k, 'MRN');
    else if (machine && USER_NAME_HEADER.test(h)) columns.set(k, 'NAME');
    else if (machine && LOGIN_HEADER.test(h)) columns.set(k, 'LOGIN');
    else if (FACILITY_HEADER.test(h)) columns.set(k, 'FACILITY');
    else for (const [re, type] of NUMBER_HEADERS) if (re.test(h)) { columns.set(k, type); break; }
  });
  return columns.size > 0 ? columns : null;
}
