import type { AiProvider, Completion, CompletionChunk, CompletionRequest } from './provider.types';

// The built-in provider: no model, no network. It copies out the lines of the user's text that
// carry clinical facts (lab values with units and flags, diagnoses, medications), in their
// original order, as a numbered list, so every AI flow works offline and its output can be
// checked against the input word for word. It interprets nothing and says so.

export const LOCAL_MODEL = 'custos-local-extractive-1';
export const LOCAL_SUMMARY_HEADING = 'Automatic extractive summary (Custos local provider, no AI model): these lines are copied from the records as they are; nothing was interpreted.';
export const LOCAL_NOTHING_FOUND = 'No lab values, diagnoses or medications were found in the text given.';

const MAX_ITEMS = 12;
const MAX_ITEM_CHARS = 300;

const UNIT =
  String.raw`(?:mg\/dL|mg\/L|g\/dL|g\/L|mmol\/L|umol\/L|µmol\/L|μmol\/L|nmol\/L|pmol\/L|mEq\/L|mIU\/L|uIU\/mL|µIU\/mL|IU\/L|U\/L|ng\/mL|ng\/dL|pg\/mL|mL\/min(?:\/1\.73\s?m2)?|fL|pg|x\s?10\^?\d+\/L|K\/uL|10\^\d+\/L|cells\/uL|mmHg|bpm|%)`;
const LAB_VALUE = new RegExp(String.raw`(?:^|[\s:=(])[<>≤≥]?\d+(?:[.,]\d+)?\s?${UNIT}(?![A-Za-z])`, 'i');
// Lab flags: words, arrows, or a lone H/L/HH/LL column (not the L of 'mmol/L').
const FLAG_WORD = /\b(?:high|low|abnormal|critical|elevated|decreased|positive|out of range)\b|[↑↓]/i;
const FLAG_COLUMN = /(?:^|[\s([])(?:H|L|HH|LL)(?=$|[\s)\],])/;
const LAB_NAME =
  /\b(?:hba1c|a1c|glucose|creatinine|egfr|bun|urea|sodium|potassium|chloride|bicarbonate|calcium|magnesium|phosph\w*|albumin|bilirubin|alt|ast|alp|ggt|ldl|hdl|cholesterol|triglycerides?|tsh|t4|t3|hemoglobin|haemoglobin|hgb|hb|hematocrit|wbc|rbc|platelets?|mcv|inr|ptt|crp|esr|troponin|bnp|ferritin|vitamin|psa|lactate|lipase|amylase|uric acid|blood pressure|bp|heart rate|pulse|spo2|temperature)\b/i;
const DIAGNOSIS =
  /\b(?:diagnos\w*|history of|h\/o|assessment|impression|problem list|condition|disease|disorder|syndrome|failure|insufficiency|infection|diabetes|hypertension|hyperlipid\w*|dyslipid\w*|asthma|copd|anemia|anaemia|cancer|carcinoma|tumou?r|fracture|pneumonia|sepsis|stroke|infarction|fibrillation|depression|anxiety|obesity|ckd|chronic kidney|hypothyroid\w*|hyperthyroid\w*|allerg\w*)\b|\b[A-TV-Z]\d{2}(?:\.\d{1,4})?\b/i;
const MEDICATION =
  /\b(?:\d+(?:\.\d+)?\s?(?:mg|mcg|µg|g|units?|iu|ml)\b.*\b(?:daily|once|twice|bid|tid|qid|qhs|qam|prn|q\d+h|weekly|nightly|at bedtime|every)\b|(?:medications?|meds|prescribed|started on|taking|rx)\b)|\b\w+(?:pril|sartan|olol|statin|formin|gliptin|gliflozin|glutide|dipine|prazole|azole|cillin|mycin|cycline|floxacin|oxetine|pam|lam|triptan|parin|xaban|gatran|sone|olone|thiazide|semide|mab|nib|insulin|warfarin|aspirin|levothyroxine|metformin|allopurinol)\b/i;

/** How strongly a line looks like a clinical fact worth keeping; 0 means leave it out. */
export function clinicalScore(line: string): number {
  let score = 0;
  if (LAB_VALUE.test(line)) score += 3;
  if (LAB_NAME.test(line)) score += 1;
  if (score > 0 && (FLAG_WORD.test(line) || FLAG_COLUMN.test(line))) score += 2;
  if (DIAGNOSIS.test(line)) score += 2;
  if (MEDICATION.test(line)) score += 2;
  return score;
}

/**
 * The summary text for `source`: the heading, then up to 12 numbered lines that carry clinical
 * facts, highest scoring first chosen but printed in their original order.
 *
 * @example
 *   summarizeExtractively('Seen today.\nHbA1c 8.2 % (H)\nPlan: metformin 500 mg twice daily');
 *   // 'Automatic extractive summary ...\n1. HbA1c 8.2 % (H)\n2. Plan: metformin 500 mg twice daily'
 */
export function summarizeExtractively(source: string): string {
  const candidates = splitFacts(source)
    .map((text, index) => ({ text, index, score: clinicalScore(text) }))
    .filter((c) => c.score > 0);
  const seen = new Set<string>();
  const unique = candidates.filter((c) => {
    const key = c.text.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const chosen = [...unique].sort((a, b) => b.score - a.score || a.index - b.index).slice(0, MAX_ITEMS).sort((a, b) => a.index - b.index);
  if (chosen.length === 0) return `${LOCAL_SUMMARY_HEADING}\n${LOCAL_NOTHING_FOUND}`;
  return [LOCAL_SUMMARY_HEADING, ...chosen.map((c, i) => `${i + 1}. ${clip(c.text)}`)].join('\n');
}

/** Lines, and sentences within long prose lines, trimmed of list markers and fences. */
function splitFacts(source: string): string[] {
  return source
    .split(/\r?\n/)
    .flatMap((line) => (line.length > 160 ? line.split(/(?<=[.;])\s+(?=[A-Z])/) : [line]))
    .map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '').replace(/\s+/g, ' ').trim())
    .filter((line) => line.length >= 3 && !/^(?:<\/?[a-z_-]+>|```)/i.test(line));
}

function clip(text: string): string {
  return text.length <= MAX_ITEM_CHARS ? text : `${text.slice(0, MAX_ITEM_CHARS - 1)}…`;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * The `local` provider. Summarizes the user turns of the request (system instructions and earlier
 * assistant turns are not records). `complete` and `stream` give the same text.
 *
 * @example
 *   const local = createLocalProvider();
 *   const { text } = await local.complete({ model: 'local', messages: [{ role: 'user', content: labReport }] });
 */
export function createLocalProvider(): AiProvider {
  function answer(request: CompletionRequest): Completion {
    if (request.signal?.aborted) throw request.signal.reason;
    const source = request.messages.filter((m) => m.role === 'user').map((m) => m.content).join('\n');
    const text = summarizeExtractively(source);
    const input = request.messages.reduce((n, m) => n + wordCount(m.content), 0);
    return { text, model: LOCAL_MODEL, usage: { inputTokens: input, outputTokens: wordCount(text) }, finishReason: 'stop' };
  }

  async function* stream(request: CompletionRequest): AsyncGenerator<CompletionChunk> {
    const { text, model, usage, finishReason } = answer(request);
    // One chunk per line, so a streaming client shows the list growing as with a real model.
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      yield { delta: i < lines.length - 1 ? `${lines[i]}\n` : (lines[i] ?? ''), done: false };
    }
    yield { delta: '', done: true, model, finishReason, ...(usage ? { usage } : {}) };
  }

  return { kind: 'local', complete: async (request) => answer(request), stream };
}
