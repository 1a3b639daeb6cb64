// Hand-written notes FOR TUNING, sixth generality pass, part A (organisations). Synthetic and
// invented: every name, place, number and date is made up. Written from the CLASSES of FACILITY
// misses and false positives described for held-out set 5 (proper-name words before organisation
// head words the engine did not know: services, transport, insurers as employers, clubs, granges,
// churches, senior housing, memory care, hospices, infusion, imaging, labs, specialty practices,
// schools and colleges; the same in capitals and in lower-case shorthand; partial spans; named
// wards in more contexts; "<specialty> of <town>" practices and one-word pharmacies; headers,
// payers, weekday groups and device makers marked by mistake), never from their strings. Markup as
// in handwritten.ts.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  // 1. Employers named by a run of proper or ordinary capitalised words and a business head word.
  `Social: works nights at {{FACILITY:Kestrel Bay Services}} as a forklift driver; wife is a dispatcher for {{FACILITY:Copper Valley Medical Transport}}. Son drives for {{FACILITY:Northgate Freightways}}.`,
  `Occupation: welder, {{FACILITY:Bramwell Shipyard}} (30 yrs). Previously loaded trucks at {{FACILITY:Tidewater Cold Storage}}. Retired from {{FACILITY:Pemberton Mutual}} claims office in 2016.`,
  `Pt is a line cook at {{FACILITY:Summit Grill}}; girlfriend bakes at {{FACILITY:Laurel Street Bakery}}. Brother installs windshields for {{FACILITY:Cedar Auto Glass}}.`,
  `Groundskeeper at {{FACILITY:Oak Hollow Country Club}}. Coaches U12 for {{FACILITY:Riverside FC}} on weekends. Member of {{FACILITY:Millbrook Grange}}; attends {{FACILITY:Mt. Zion AME}}.`,
  `Employer: {{FACILITY:Ridgeline Systems}}. Spouse employed by {{FACILITY:Ashcombe Data Systems}}; daughter a driver for {{FACILITY:Hollis Ambulance}}.`,
  // 2. Senior housing, memory care, recovery, hospice, home infusion.
  `Lives at {{FACILITY:Whitcombe Retirement Community}}, independent apartment. Wife moved to {{FACILITY:Brightwater Memory Care}} last spring. Brother at {{FACILITY:Alder Towers}} (senior housing).`,
  `Completed 28 days at {{FACILITY:Stillwater Recovery Center}}; now IOP. Father enrolled with {{FACILITY:Juniper Hospice}} in {{DATE:March 2022}}.`,
  `Home meds: IV ertapenem via {{FACILITY:Caldwell Home Infusion}}; first dose given at {{FACILITY:Marston Infusion Suite}}. Home infusion RN visits twice weekly.`,
  // 3. Oncology, eye, imaging and lab companies, specialty practices.
  `Oncology: followed at {{FACILITY:Ridgefield Cancer Care}} (Dr. {{NAME:Amundsen}}). Cataract surgery at {{FACILITY:Lakepoint Eye Care}}. MRI done at {{FACILITY:Pinegrove Imaging}} {{DATE:2/3}}.`,
  `Labs drawn at {{FACILITY:Fairhaven Outpatient Lab}}; send-outs to {{FACILITY:Keystone Reference Lab}}. Skin biopsy read by {{FACILITY:Northshore Dermpath}}.`,
  `Cardiology: {{FACILITY:Tri-County Heart}} (Dr. {{NAME:Okafor}}). Vein ablation at {{FACILITY:Pioneer Vascular}}. Prenatal care with {{FACILITY:Cedar Ridge OB Associates}}. Third molars out at {{FACILITY:Halvorsen OMS}}.`,
  `PSG at {{FACILITY:Bayside Sleep Disorders Center}}; CPAP from {{FACILITY:Crestview Respiratory Supply}}. Fills at {{FACILITY:Hadley Drug}}.`,
  `Referrals: {{FACILITY:Summit Sports & Spine PT}}, {{FACILITY:Coastal Ear, Nose & Throat}}, {{FACILITY:Valley Allergy & Asthma}}. PCP at {{FACILITY:Greenbrier Family Practice}}.`,
  `Case manager from {{FACILITY:Westfield Community Services}}; disability exam by {{FACILITY:Allied Consultative Services}}. Delivered at {{FACILITY:Mercy Women's Hospital}}.`,
  `Son studies at {{FACILITY:Harrow Valley CC}}; daughter teaches in the {{FACILITY:Alvarado Unified School District}}. Pt gets flu shots at {{FACILITY:Eastbrook Health Ctr}}.`,
  `Records from {{FACILITY:Lindale Med Ctr}} and {{FACILITY:Brockway Hosp}}. Therapy via {{FACILITY:Tamsin Behavioral Svcs}}; billing by {{FACILITY:Corbin Medical Assoc}}.`,
  // 4. Capitals in report headers and run sheets.
  `{{FACILITY:PINEGROVE IMAGING}}
MRI BRAIN WITHOUT CONTRAST
Referring: Dr. {{NAME:Lachance}}`,
  `RUN SHEET - {{FACILITY:HOLLIS AMBULANCE}}
Dest: {{FACILITY:BRIGHTWATER MEMORY CARE}}
Crew: {{NAME:T. Ovalle}} EMT-P`,
  `{{FACILITY:KEYSTONE REFERENCE LAB}}
Specimen received {{DATE:04/11/2023}}. Performed by {{FACILITY:NORTHSHORE DERMPATH}}.`,
  // 5. Lower-case nursing shorthand.
  `pt came from {{FACILITY:juniper hospice}}, dtr lives at {{FACILITY:alder towers}}. wife at {{FACILITY:brightwater memory care}} since fall.`,
  `son works at {{FACILITY:kessler & sons}}, wife at {{FACILITY:laurel st bakery}}. pt was picked up by {{FACILITY:hollis ambulance}}.`,
  `fu w/ {{FACILITY:ridgefield cancer care}} next wk. infusion via {{FACILITY:caldwell home infusion}}.`,
  // 6. Partial spans: trailing head words, company forms after a comma, first word a town or surname.
  `Attends {{FACILITY:Whitford Middle School}}, 7th grade; IEP through {{FACILITY:Harlow School District}}. Mother works at {{FACILITY:Tamsin Logistics, Inc.}}`,
  `Employed by {{FACILITY:Brockton Cold Storage}}; prior job {{FACILITY:Garrison Freightways}}. Wife at {{FACILITY:Andover Transport}}.`,
  // 7. Named wards in more contexts.
  `Transferred to the 6th floor ({{FACILITY:Farnsworth 6}}) overnight, then {{FACILITY:Ellery 9}} for tele.`,
  `Admitted to {{FACILITY:Hollister General Hospital}}, {{FACILITY:Chandler 4}}.
Pt: {{NAME:Rowan, Idalia}}, {{FACILITY:Whitlock}} rm 412B`,
  `pt moved to tele floor ({{FACILITY:farnsworth 6}}) at 2200, report called.`,
  // 8. "<Specialty> of <Town>" practices and one-word pharmacies.
  `OB at {{FACILITY:Women's Care of Fairview}}; peds at {{FACILITY:Pediatric Associates of Hollis}}. Rx sent to {{FACILITY:Brennan's}}. Pharmacy on file: {{FACILITY:Halloran's}}.`,
  // 9. Look-alikes that must stay unmarked: services, kinds of care, headers, payers, groups, device makers.
  `Social Services consulted. Protective Services notified. Home infusion to start; memory care unit preferred. Heart failure clinic f/u. Vascular surgery consulted. Imaging reviewed.`,
  `ENT CLINIC
SPECIALTY PHARMACY
Major Surgical or Invasive Procedure: none.
Attends AA Mondays and NA Thursdays.`,
  `Insurance: Blue Cross Blue Shield. Plan: Harvard Pilgrim PPO. Payer: UnitedHealthcare. Dialysis machine Fresenius 2008T; cycler Baxter HomeChoice.`,
  `Family Practice residency clinic. Cancer Care team met. Eye Care instructions given. Recovery Center staff aware. Transport Services called. Ambulance arrived at 0310.`,
  // Batch 2: other surface forms of the same classes.
  `Pt is a deckhand for {{FACILITY:Merrow Point Shipyard}} and moonlights at {{FACILITY:Elkhorn Grill}}. Wife a clerk at {{FACILITY:Stoneleigh Mutual Insurance}}.`,
  `Church: {{FACILITY:St. James AME Zion}}. Club: {{FACILITY:Fox Run Country Club}}. Lives in {{FACILITY:Maple Terrace Towers}}.`,
  `Hospice: {{FACILITY:Evening Star Hospice}}. Home care: {{FACILITY:Trinity Home Infusion}}. Transport by {{FACILITY:Dunmore Medical Transport}}.`,
  `DEXA at {{FACILITY:Calloway Imaging}}. Pap read by {{FACILITY:Rosemont Reference Lab}}. Sent to {{FACILITY:Ketchum Vascular}} for ABI.`,
  // Batch 3 (written after the changes above, measured before its own): yet other surface forms.
  `SOCIAL HX: Pt is a machinist at {{FACILITY:Quarrington Precision Systems}}; wife does payroll for {{FACILITY:Hallett Staffing}}. Son is a deckhand out of {{FACILITY:Penobscot Marina}}.`,
  `Faith: {{FACILITY:Greater Mt. Calvary AME}}. Volunteers at {{FACILITY:Ellsworth Public Library}}. Bowls Thursdays with {{FACILITY:Kenmore Elks Lodge}}.`,
  `D/C to {{FACILITY:Orchard Glen Retirement Village}} (assisted living wing). Hospice: {{FACILITY:Cobalt River Hospice}}; DME from {{FACILITY:Lyle Medical Supply}}.`,
  `Outside films from {{FACILITY:Salcedo Imaging Assoc}}; path reviewed at {{FACILITY:Brannock Dermatopathology}}. Pain Mgmt: {{FACILITY:Wexford Spine Center}}.`,
  `CARDIOLOGY: {{FACILITY:ASHWORTH HEART & VASCULAR}}
OPHTHO: {{FACILITY:DELANEY EYE CARE}}
DERM: {{FACILITY:MORROW SKIN & LASER}}`,
  `pt is a nanny, kids attend {{FACILITY:Bexley Montessori}}. husband works for {{FACILITY:Halvorsen Freightways}} out of {{LOCATION:Nashua}}. goes to {{FACILITY:oak ridge senior center}} tues.`,
  `Orders faxed to {{FACILITY:Trevino Home Infusion}}; first dose at {{FACILITY:Sandhill Infusion Center}}. Supplies by {{FACILITY:Pettibone Respiratory Supply}}.`,
  `Prev. employer: {{FACILITY:Kilbride Cold Storage Co}}. Current: {{FACILITY:Atwater Transport Services}}. Union: {{FACILITY:Teamsters Local 633}}.`,
  `Daughter attends {{FACILITY:Cresthaven Elementary}}; son at {{FACILITY:Lakemont Regional HS}}. Pt takes classes at {{FACILITY:Merrimack Valley CC}}.`,
  `Allergy: {{FACILITY:Birchwood Allergy & Asthma}}. ENT: {{FACILITY:Coastline ENT Associates}}. OB: {{FACILITY:Harmony Women's Health}}.`,
  // More look-alikes: kinds of service and care in capitals and in prose.
  `SOCIAL SERVICES
CARE MANAGEMENT SERVICES
Patient Transport Services notified. Heart & Vascular clinic f/u. Home Infusion Pharmacy to deliver. Senior Center activities.`,
  // Batch 4 (written after batch 3's changes, measured before its own): more kinds of organisation.
  `Peds: {{FACILITY:Lakeshore Peds}}; gyn: {{FACILITY:Harmony OB/GYN}}; PCP {{FACILITY:Dunmore Family Med}}. Grandson in {{FACILITY:Maple Lane Head Start}}.`,
  `Works at {{FACILITY:Cask & Barrel Taproom}} and weekends at {{FACILITY:Holloway Ranch}}. Brother at {{FACILITY:Tillman Foundry}}; sister at {{FACILITY:Eastgate Distribution Center}}.`,
  `Aide from {{FACILITY:Caring Hearts Homecare}}; attends {{FACILITY:Willowbrook Adult Day Health}} M/W/F. Lives at {{FACILITY:Linden Gardens}} (senior apts).`,
  `Retired from {{FACILITY:Fairbanks Casualty}}; wife from {{FACILITY:Ludlow Public Works}}. Church: {{FACILITY:Bethany UMC}}; choir at {{FACILITY:Greater Hope COGIC}}.`,
  `Son at {{FACILITY:St. Brendan Prep}}; daughter at {{FACILITY:Ridgeview Learning Center}}. Pt cooks at {{FACILITY:Marisol's Kitchen}}.`,
];

export const TUNING_6A_HANDWRITTEN_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`tune6a-hand-${i + 1}`, n));
