import type { OcrPage, RasterImage } from '@/lib/ocr/types';

/**
 * Messages between the panel and the OCR worker (entrypoints/ocr-worker.ts). The worker holds the
 * ONNX runtime and the models, loaded only when the user asks to read a scan, so the panel's own
 * bundle carries none of it. The panel renders the pages (PDF.js lives there) and audits what the
 * worker read (auditing needs a DOM parser, which a worker does not have).
 */
export type ToOcrWorker = { type: 'load' } | { type: 'page'; number: number; image: RasterImage };

export type FromOcrWorker = { type: 'loaded'; ms: number } | { type: 'page'; page: OcrPage; ms: number } | { type: 'error'; message: string };
