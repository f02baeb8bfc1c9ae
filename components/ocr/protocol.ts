/**
 * Messages between the panel and the OCR worker. The worker holds the ONNX runtime and the models
 * (loaded only when the user asks to read a scan), so the panel's own bundle carries none of it.
 */
export interface RasterPage {
  width: number;
  height: number;
  /** RGBA, row by row. Transferred, not copied. */
  data: Uint8ClampedArray;
}

export type ToOcrWorker = { type: 'smoke' };

export type FromOcrWorker =
  | { type: 'progress'; stage: 'models' | 'page'; page: number; pages: number }
  | { type: 'smoke'; ms: { runtime: number; det: number; rec: number; run: number }; outputs: number[] }
  | { type: 'error'; message: string };
