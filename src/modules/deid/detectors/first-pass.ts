// The detectors that read a note first, each on its own, in the order the engine merges their
// candidates (moved out of deid-engine.ts in pass 20). The engine's later passes read what these
// found: names and places spread to their other mentions, joins, acronyms and the filters.
import type { Detector } from './detector';
import { chatSpeakers } from './name-chats';
import { detectAges } from './ages';
import { detectContacts } from './contact';
import { detectContextAddresses } from './address-context';
import { detectCorpusBrackets } from './corpus-brackets';
import { detectDates } from './dates';
import { detectIdentifiers } from './identifiers';
import { detectKnownFacilities } from './facilities';
import { detectLabeledPlaces } from './labeled-places';
import { detectLocations } from './locations';
import { detectLowerTowns } from './lower-towns';
import { detectNameAliases } from './name-aliases';
import { detectNameHandles } from './name-handles';
import { detectNameInitials } from './name-initials';
import { detectNamedPlaces } from './facility-places';
import { detectNames } from './names';
import { detectPublicBodies } from './public-bodies';
import { detectSpecialtyPractices } from './specialty-practices';
import { detectWards } from './wards';
import { detectWorldCities } from './world-cities';
import { detectZipsAfterTowns } from './zip-after-town';
import { letterheads } from './letterheads';
import { nameContexts } from './name-contexts';
import { nameLists, surnamesWithRoles } from './name-lists';
import { detectBigCities } from './big-cities';
import { recordFields } from './record-fields';
import { detectNameShorthand } from './name-shorthand';
import { nameQuotes } from './name-quotes';
import { nameGreetings } from './name-greetings';
import { staffInitials } from './staff-initials';
import { nameRows } from './name-rows';
import { namesBeforeAges } from './name-before-age';
import { recordIds } from './record-ids';
import { streetCrossings } from './street-crossings';
import { systemRecords } from './system-records';
import { tableColumns } from './table-columns';

/** The first pass's detectors, in order. */
export const FIRST_PASS: readonly Detector[] = [detectContacts, detectIdentifiers, detectDates, detectAges, detectLocations, detectKnownFacilities, detectWards, detectContextAddresses, detectNamedPlaces, detectNames, detectNameAliases, detectNameInitials, detectNameHandles, detectPublicBodies, detectSpecialtyPractices, detectCorpusBrackets, detectWorldCities, detectBigCities, detectLowerTowns, detectLabeledPlaces, detectZipsAfterTowns, namesBeforeAges, nameRows, nameQuotes, nameGreetings, staffInitials, chatSpeakers, nameLists, surnamesWithRoles, recordIds, streetCrossings, nameContexts, detectNameShorthand, ({ text }) => tableColumns(text), ({ text, dictionaries: d }) => systemRecords(text, d), ({ text, dictionaries: d }) => recordFields(text, d), ({ text, dictionaries: d }) => letterheads(text, d)];
