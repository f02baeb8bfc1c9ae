/** What the recogniser read in one crop, and how sure it was. */
export interface Reading {
  text: string;
  /** The least probable step of the decode: one doubtful character makes the reading doubtful. */
  confidence: number;
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

/** Class index of each digit 0–9 in the charset (+1 for the blank). */
export function digitClasses(charset: readonly string[]): number[] {
  return [...'0123456789'].map((d) => charset.indexOf(d) + 1);
}

/**
 * Greedy CTC restricted to the blank and the digits, for a cell of a figure column. Confidence is
 * the least raw probability of the restricted choice over every step: a step where the model
 * sees a letter or a Chinese character, or hesitates between a digit and nothing (a thin lone
 * "1"), leaves less than the whole probability to the choice and so lowers the confidence.
 */
export function decodeDigits(p: StepProbs, digits: readonly number[]): Reading {
  let text = '';
  let confidence = 1;
  let prev = -1;
  for (let t = 0; t < p.steps; t++) {
    const row = p.offset + t * p.classes;
    let best = -1;
    let bestP = p.data[row]!;
    for (let d = 0; d < 10; d++) {
      const v = p.data[row + digits[d]!]!;
      if (v > bestP) [best, bestP] = [d, v];
    }
    confidence = Math.min(confidence, bestP);
    if (best >= 0 && best !== prev) text += String(best);
    prev = best;
  }
  return { text, confidence };
}
