/** What the recogniser read in one crop, and how sure it was. */
export interface Reading {
  text: string;
  /** The least probable step of the decode: one doubtful character makes the reading doubtful. */
  confidence: number;
}

/** A figure's reading, with how sure it is of which digits were read, leaving aside whether one was there at all. */
export interface DigitsReading extends Reading {
  /**
   * The least share of its step's glyph probability (the blank left out) that each read digit
   * holds. A lone glyph the pixels show to be there is as sure as this: the recogniser's
   * hesitation between a "0" and nothing is answered by the ink.
   */
  identity: number;
}

/**
 * The recogniser's output for one crop: `steps` rows of `classes` probabilities. Class 0 is the
 * CTC blank, class k the charset's (k-1)th character, the last class a space.
 */
export interface StepProbs {
  data: Float32Array;
  offset: number;
  steps: number;
  classes: number;
}

/** Greedy CTC over every class. Confidence is the least probability among emitted characters. */
export function decodeText(p: StepProbs, charset: readonly string[]): Reading {
  let text = '';
  let confidence = 1;
  let prev = 0;
  for (let t = 0; t < p.steps; t++) {
    const row = p.offset + t * p.classes;
    let best = 0;
    for (let k = 1; k < p.classes; k++) if (p.data[row + k]! > p.data[row + best]!) best = k;
    if (best !== 0 && best !== prev) {
      text += best <= charset.length ? charset[best - 1]! : ' ';
      confidence = Math.min(confidence, p.data[row + best]!);
    }
    prev = best;
  }
  return { text: text.trim(), confidence };
}

/** Shapes the recogniser may give a digit in a figure column (０, o or 。 for 0; l for 1): counted as that digit. */
const LOOKALIKES = ['0０oOｏＯοО〇○。°D', '1１lI|丨!！', '2２zZ', '3３', '4４', '5５sS', '6６b', '7７', '8８B', '9９gq', '.．'];

/** Signs an integer never holds, whose probability at a digit's step is only the digit's own stroke seen twice. */
const NEUTRAL = '·,，、';

/** Spaces in the charset (the ideographic space 　 above all): at a step between figures, as much nothing as the blank. */
const SPACES = '　 ';

/** Class indexes of SPACES (+1 for the blank). */
export function spaceClasses(charset: readonly string[]): number[] {
  return [...SPACES].map((c) => charset.indexOf(c) + 1).filter((k) => k > 0);
}

/** Class indexes of NEUTRAL (+1 for the blank). */
export function neutralClasses(charset: readonly string[]): number[] {
  return [...NEUTRAL].map((c) => charset.indexOf(c) + 1).filter((k) => k > 0);
}

/** For each digit 0–9 and the decimal point (10), its class indexes in the charset (+1 for the blank): the digit and its look-alikes. */
export function digitClasses(charset: readonly string[]): number[][] {
  return LOOKALIKES.map((shapes) => [...shapes].map((c) => charset.indexOf(c) + 1).filter((k) => k > 0));
}

/**
 * Greedy CTC restricted to the blank (a space counts as one) and the digits, for a cell of a
 * figure column. Each digit is as sure as its peak probability (its look-alikes counted with
 * it); a step read as nothing lowers the confidence by whatever else it might have been: another
 * digit (a thin "1" nearly missed) or a Chinese character or sign. One doubtful step makes the
 * reading doubtful.
 */
export function decodeDigits(
  p: StepProbs,
  digits: readonly (readonly number[])[],
  neutral: readonly number[] = [],
  spaces: readonly number[] = [],
  paper: readonly boolean[] = [],
): DigitsReading {
  const space = p.classes - 1;
  const symbols = digits.length;
  const BLANK = symbols;
  const NEUTRAL_AT = symbols + 1;
  const choice: number[] = [];
  const mass: number[][] = [];
  for (let t = 0; t < p.steps; t++) {
    const row = p.offset + t * p.classes;
    const m = digits.map((ks) => ks.reduce((sum, k) => sum + p.data[row + k]!, 0));
    const blank = Math.min(
      1,
      spaces.reduce((sum, k) => sum + p.data[row + k]!, p.data[row]! + p.data[row + space]!),
    );
    let best = -1;
    let bestP = blank;
    m.forEach((v, d) => {
      if (v > bestP) [best, bestP] = [d, v];
    });
    choice.push(best);
    mass.push([...m, blank, neutral.reduce((sum, k) => sum + p.data[row + k]!, 0)]);
  }
  let text = '';
  let confidence = 1;
  let identity = 1;
  let t = 0;
  let prev = -1;
  while (t < p.steps) {
    const d = choice[t]!;
    const start = t;
    while (t < p.steps && choice[t] === d) t++;
    if (d >= 0) {
      let peak = 0;
      let share = 0;
      for (let k = start; k < t; k++) {
        const m = mass[k]!;
        const own = Math.min(1, m[d]! + m[NEUTRAL_AT]!);
        peak = Math.max(peak, own);
        // Against every other glyph: the other digits and whatever else (a character, a sign), not the blank.
        const glyphs = Math.max(own, 1 - m[BLANK]! - (d === 10 ? 0 : (m[10] ?? 0)));
        share = Math.max(share, glyphs > 0 ? Math.min(1, own / glyphs) : 0);
      }
      text += d < 10 ? String(d) : '.';
      confidence = Math.min(confidence, peak);
      identity = Math.min(identity, share);
      prev = d;
      continue;
    }
    const next = choice[t] ?? -1;
    for (let k = start; k < t; k++) {
      // Over bare paper no glyph was missed, whatever the recogniser half-saw there (a ¥ at a line's start).
      if (paper[k]) continue;
      const m = mass[k]!;
      const symbolSum = m.slice(0, symbols).reduce((a, b) => a + b, 0);
      let other = Math.max(0, 1 - symbolSum - m[BLANK]! - m[NEUTRAL_AT]!);
      m.slice(0, symbols).forEach((v, dd) => {
        if (dd !== prev && dd !== next) other = Math.max(other, v);
      });
      confidence = Math.min(confidence, 1 - other);
    }
  }
  // A point only between digits (86.35); anywhere else it was a speck.
  return { text: text.replace(/^\.+|\.+$/g, '').replace(/\.{2,}/g, '.'), confidence, identity };
}
