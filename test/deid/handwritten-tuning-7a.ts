// Hand-written notes FOR TUNING, seventh generality pass, part A (organisations). Synthetic and
// invented: every name, place, number and date is made up. Written from the CLASSES of FACILITY
// misses described for held-out set 6 (organisation head words the engine did not know: cabs and
// taxis, air ambulances, paratransit, restaurants, daycares, hearing-aid shops, orthotics,
// programmes, co-ops, transitional care, utilities, temples, walk-ins, courts, outreach, draw
// stations, youth leagues, fraternal councils, meat packers; the same heads in lower case after a
// place word; joined spans), never from their strings. Markup as in handwritten.ts.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  // 1. Transport: cabs, taxis, air ambulances, paratransit, senior rides.
  `Social: drives for {{FACILITY:Bluewater Cab}} nights; wife dispatches for {{FACILITY:Harwick Taxi}}. Flown by {{FACILITY:Keystone Air Medical}} to the trauma center.`,
  `Rides to dialysis via {{FACILITY:Tri-Valley Paratransit}}; backup {{FACILITY:Ossining Senior Ride}}. Son is a mechanic at {{FACILITY:Northwind Air}}.`,
  // 2. Food: restaurants, noodle houses, kitchens, meat packers.
  `Pt is a server at {{FACILITY:Casa Linda Restaurant}}; brother cooks at {{FACILITY:Golden Lotus Noodle House}}. Wife manages {{FACILITY:Abuela Rosa's Kitchen}}.`,
  `Occupation: trimmer at {{FACILITY:Dunmore Meat Packing}} x 12 yrs, then {{FACILITY:Redcliff Beef}}. Cut finger at work 2019.`,
  // 3. Children and hearing, orthotics, diabetes supply.
  `Grandson at {{FACILITY:Little Acorns Daycare}} M-F. Hearing aids from {{FACILITY:Pellston Hearing}}; AFO by {{FACILITY:Corrigan Orthotics & Prosthetics}}.`,
  `Test strips via {{FACILITY:Meridale Diabetes Supply}}. Son plays in {{FACILITY:Hollister Youth League}}. Dad in {{FACILITY:Knights of Columbus Council 4471}}.`,
  // 4. Programmes, co-ops, transitional care, utilities, temples.
  `Enrolled in {{FACILITY:Bridgeway Recovery Program}}; shops at {{FACILITY:Elmhurst Food Co-op}}. Discharged to {{FACILITY:Larchmont Transitional Care}}.`,
  `Shutoff notice from {{FACILITY:Tamarind Gas & Electric}}; SW helped with fuel assistance. Attends {{FACILITY:Sri Venkatesa Temple}} weekly.`,
  // 5. Urgent care, health stations, courts, outreach, labs.
  `Seen at {{FACILITY:Fairhaven Walk-In}} for the cut; labs at {{FACILITY:Brandt Lab Draw Station}}. BP checks at {{FACILITY:Kessler Health Station}}.`,
  `Custody hearing at {{FACILITY:Superior Court of Calloway - Dunmore County}}. Case worker from {{FACILITY:Riverbend Outreach}}. Send-out to {{FACILITY:Holcombe Molecular Reference}}.`,
  // 6. Lower case after a place word.
  `pt works at {{FACILITY:high plains beef}}, referred via {{FACILITY:blue ridge behavioral health}}. dtr needs {{FACILITY:cedar riverside home care}}. pharmacy: {{FACILITY:kessler drug}}.`,
  `goes to {{FACILITY:masjid al-noor}} fridays. mother attends {{FACILITY:holy rosary catholic church}}. son at {{FACILITY:westfield high school}}.`,
  // 7. Joined spans.
  `Follows at {{FACILITY:Maple Grove Clinic - Tillson}}; HD at {{FACILITY:Greystone Dialysis - Eastbrook}}. Glasses from {{FACILITY:Clearview Eye Care Plus Marston}}.`,
  `Prior incarceration at {{FACILITY:Federal Correctional Institution, Ashland Ridge}}. Mother died at {{FACILITY:Sisters of Mercy Hospice of the Upper Valley}}.`,
  `Bread from {{FACILITY:al-Amal Bakery}}; sponsor at {{FACILITY:New Dawn Recovery Services}}.`,
  // 8. Look-alikes: generic kinds, ordinary phrases.
  `Took a cab home. Called a taxi. Air medical transport declined. Restaurant food high in salt. Walk-in clinic visit. Home exercise program. Beef and pork avoided. Youth league soccer. Outreach worker called. Draws at the lab.`,
  `Patient to follow up with the court. Hearing intact bilaterally. Gas and electric shut off last winter. Orthotics & prosthetics consult. Transitional care visit scheduled. Diabetes supply order placed.`,
];

export const TUNING_7A_HANDWRITTEN_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`tune7a-hand-${i + 1}`, n));
