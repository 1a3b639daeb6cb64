// Pass 26: initials signing off before a discipline or beside it in brackets in a list, edited and
// reviewer initials, lots in mobile-home and RV parks, veterans' posts, and organisations named by a
// hauler, quarry, precast plant, expedition or cruise line, immunology or psychology practice, health
// campus or board-and-care home. Every string is invented.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDeidEngine } from '../deid-engine';

// The rules alone: the token model on top of them has its own tests (token-model.test.ts).
const engine = createDeidEngine({ tokenModel: null });
const typed = (text: string, type: string) => engine.detectWithText(text).filter((s) => s.type === type).map((s) => s.text);

describe('initials signing off before a discipline, in brackets in a list, after edited and reviewer (pass 26)', () => {
  it('takes them', () => {
    assert.deepEqual(typed('Will hold the bed until 1200 tomorrow.\n-jw SW', 'NAME'), ['jw']);
    assert.deepEqual(typed('Anticipate IRF vs home w/ PT.\njm CM', 'NAME'), ['jm']);
    assert.deepEqual(typed('rounds 0900\npresent: TM (CM), JW (SW), charge nurse', 'NAME'), ['TM', 'JW']);
    assert.deepEqual(typed('Dictated by the attending / edited IH 02/18/2025 15:47', 'NAME'), ['IH']);
    assert.deepEqual(typed('UR DAILY WORKLIST   reviewer NH\nrm 4', 'NAME'), ['NH']);
  });
  it("leaves a team's abbreviation before a role with its colon, and a header with a discipline in brackets", () => {
    assert.deepEqual(typed('Trauma bay 2\nTC RN: on the way', 'NAME'), []);
    assert.deepEqual(typed('PROGRESS NOTE - DETOX / WM (RN)', 'NAME'), []);
  });
});

describe('lots in mobile-home and RV parks, and veterans posts (pass 26)', () => {
  it('takes the lot with its park', () => {
    assert.deepEqual(typed('living with a cousin at Lot 31, Shady Acres MHP, 4120 Sandhill Rd', 'ADDRESS'), ['Lot 31, Shady Acres MHP', '4120 Sandhill Rd']);
  });
  it("takes a veterans' post by its number", () => {
    assert.deepEqual(typed('VSO (American Legion Post 88) to help', 'FACILITY'), ['American Legion Post 88']);
    assert.deepEqual(typed('a friend from VFW Post 5432 brings meals.', 'FACILITY'), ['VFW Post 5432']);
  });
});

describe('organisations named by a hauler, quarry, plant, line, practice, campus or care home (pass 26)', () => {
  it('takes the name with its head', () => {
    assert.deepEqual(typed('Employer (optional): Badger State Dairy Haulers\nDriver', 'FACILITY'), ['Badger State Dairy Haulers']);
    assert.deepEqual(typed('Employer: Sunbelt Precast Concrete | Supervisor', 'FACILITY'), ['Sunbelt Precast Concrete']);
    assert.deepEqual(typed('Line: Azure Horizon Cruises\nBorn', 'FACILITY'), ['Azure Horizon Cruises']);
    assert.deepEqual(typed('From: Golden Meadows Health Campus - Admissions', 'FACILITY'), ['Golden Meadows Health Campus']);
    assert.deepEqual(typed('Prior residence: Sunrise Garden Board & Care, 5510 Fruitridge Rd', 'FACILITY'), ['Sunrise Garden Board & Care']);
  });
  it('leaves a dispatch log title', () => {
    assert.deepEqual(typed('NEMT DISPATCH LOG', 'FACILITY'), []);
  });
});
