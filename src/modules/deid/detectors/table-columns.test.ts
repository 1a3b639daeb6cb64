// Pass 12: identifiers in the columns of "|" tables, typed by their header.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tableColumns } from './table-columns';

const cells = (text: string) => tableColumns(text).map((c) => `${c.type}:${text.slice(c.start, c.end)}`);

describe('table columns', () => {
  it('types the cells under a signer, a person and a number header', () => {
    const text = 'Vaccine   | Date       | Lot    | Site | Given by\nMMR #1    | 03/20/2020 | M3302  | LA   | KTW\nVaricella | 03/20/2020 | V0917  | RA   | Joan Pike\n';
    assert.deepEqual(cells(text), ['NAME:KTW', 'NAME:Joan Pike']);
    const roster = 'Employee           | Emp # | Audiogram | Notes\nHalloran, Brigid   | 50218 | normal    | none\n';
    assert.deepEqual(cells(roster), ['NAME:Halloran, Brigid', 'ID:50218']);
    const implants = 'Component | Size | Lot | Serial\nFemoral   | 5    | L22 | FX-88210442\n';
    assert.deepEqual(cells(implants), ['DEVICE:FX-88210442']);
  });
  it('leaves other columns, empty cells, two-column tables and rows with their own labels alone', () => {
    assert.deepEqual(cells('Test | Result | Flag | Units\nHbA1c | 6.4 | H | %\n'), []);
    assert.deepEqual(cells('Vaccine | Date | By\nMMR | 03/20/2020 | -\n'), []);
    assert.deepEqual(cells('| Patient   | Nguyen, Duc |\n| Encounter | ENC-77182 |\n'), []);
    assert.deepEqual(cells('Patient | Ann Roe | DOB 3/4/61\nEmployer | Acme | Supervisor Bo\n'), []);
  });
  it('reads tab-separated extracts and facility columns the same way, and never a body site', () => {
    const tsv = 'appt\tclinic\tpatient\tmrn\n06-03 08:20\tWILLOWMERE PEDS\tOkafor, Ada\tWM77140\n';
    assert.deepEqual(cells(tsv), ['FACILITY:WILLOWMERE PEDS', 'NAME:Okafor, Ada', 'MRN:WM77140']);
    assert.deepEqual(cells('Vaccine | Date | Site | Route\nMMR | 03/20/2020 | LT | IM\n'), []);
  });
});
