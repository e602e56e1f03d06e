import type { Locale } from '@polku/kit';
import { badInput } from '../input-rules.js';
import { checkLocalised } from '../localised-text.js';
import type { DefineInstrumentInput } from './soft-outcome.type.js';

const MAX_ITEMS = 20;
const codePattern = /^[a-z0-9][a-z0-9-]{0,39}$/;
const byLocale = (t: { fi: string; sv: string; en: string }): Record<Locale, string> => ({ FI: t.fi, SV: t.sv, EN: t.en } as Record<Locale, string>);

/**
 * What an instrument needs to be scored and compared: a code, a name and
 * items in three languages, one scale 1..scaleMax (2–10) for every item, and
 * anchors that label at least both ends of the scale, each score once.
 */
export function checkInstrumentDefinition(input: DefineInstrumentInput) {
  if (!codePattern.test(input.code)) throw badInput('code must be 1–40 lowercase letters, digits or -.', 'code');
  if (!Number.isInteger(input.scaleMax) || input.scaleMax < 2 || input.scaleMax > 10) throw badInput('scaleMax must be 2 to 10.', 'scaleMax');
  if (input.items.length < 1 || input.items.length > MAX_ITEMS) throw badInput(`Give 1 to ${MAX_ITEMS} items.`, 'items');
  const codes = new Set<string>();
  const items = input.items.map((item, i) => {
    if (!codePattern.test(item.code) || codes.has(item.code)) throw badInput(`items[${i}].code must be 1–40 lowercase letters, digits or -, once per instrument.`, 'items');
    codes.add(item.code);
    const scores = item.anchors.map((a) => a.score);
    const valid = scores.every((s) => Number.isInteger(s) && s >= 1 && s <= input.scaleMax) && new Set(scores).size === scores.length;
    if (!valid || !scores.includes(1) || !scores.includes(input.scaleMax)) {
      throw badInput(`items[${i}].anchors must label 1 and ${input.scaleMax}, each score once, within the scale.`, 'items', 'INVALID_ANCHORS');
    }
    return {
      code: item.code,
      labels: byLocale(checkLocalised(item.label, 200, `items[${i}].label`)),
      anchors: [...item.anchors].sort((a, b) => a.score - b.score).map((a) => ({ score: a.score, ...checkLocalised(a.label, 200, `items[${i}].anchors`) })),
    };
  });
  return { code: input.code, names: byLocale(checkLocalised(input.name, 120, 'name')), scaleMax: input.scaleMax, items };
}
