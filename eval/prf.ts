/** Precision, recall and F1 of a set of predictions against gold. */
export interface PRF { tp: number; predicted: number; gold: number; precision: number; recall: number; f1: number }

/** PRF from counts: true positives, predicted items, gold items. */
export function prf(tp: number, predicted: number, gold: number): PRF {
  const precision = predicted ? tp / predicted : 0;
  const recall = gold ? tp / gold : 0;
  return { tp, predicted, gold, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
