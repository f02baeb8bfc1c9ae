import type { OcrDocument, OcrPage, RasterImage } from '@/lib/ocr/types';
import type { FromOcrWorker, ToOcrWorker } from './protocol';

/**
 * What reading a scan loads, in MB: the runtime's WebAssembly and the two models, as packaged
 * (wxt.config.ts). tests/e2e/firefox-build.test.ts holds it to the built files.
 */
export const OCR_MODEL_MB = 30;

export interface OcrProgress {
  stage: 'models' | 'page';
  /** The page being read (1-based) and how many there are; 0 while the models load. */
  page: number;
  pages: number;
}

/** Pages as the reader hands them over, rendered one at a time (a scan of 30 pages is not held whole). */
export interface PageSource {
  pages: number;
  render(page: number): Promise<RasterImage>;
}

/** One request to the worker, failing when it reports an error or dies. */
function ask<T extends FromOcrWorker['type']>(worker: Worker, message: ToOcrWorker, expect: T, transfer: Transferable[] = []) {
  return new Promise<Extract<FromOcrWorker, { type: T }>>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<FromOcrWorker>) => {
      if (event.data.type === 'error') reject(new Error(event.data.message));
      else if (event.data.type === expect) resolve(event.data as Extract<FromOcrWorker, { type: T }>);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      reject(new Error(event.message || 'the OCR worker stopped'));
    };
    worker.postMessage(message, transfer);
  });
}

export class OcrCancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

/**
 * Reads every page of `source` by OCR in a worker of the extension's own (models and runtime from
 * the package, nothing fetched from the network). Cancelling terminates the worker at once.
 */
export async function readPages(source: PageSource, options: { signal: AbortSignal; onProgress(p: OcrProgress): void }): Promise<OcrDocument> {
  const { signal, onProgress } = options;
  if (signal.aborted) throw new OcrCancelled();
  const worker = new Worker(browser.runtime.getURL('/ocr-worker.js'));
  const cancelled = new Promise<never>((_, reject) =>
    signal.addEventListener(
      'abort',
      () => {
        worker.terminate();
        reject(new OcrCancelled());
      },
      { once: true },
    ),
  );
  cancelled.catch(() => undefined);
  const step = <T>(work: Promise<T>) => Promise.race([work, cancelled]);
  try {
    onProgress({ stage: 'models', page: 0, pages: source.pages });
    await step(ask(worker, { type: 'load' }, 'loaded'));
    const pages: OcrPage[] = [];
    for (let n = 1; n <= source.pages; n++) {
      onProgress({ stage: 'page', page: n, pages: source.pages });
      const image = await step(source.render(n));
      const reply = await step(ask(worker, { type: 'page', number: n, image }, 'page', [image.data.buffer as ArrayBuffer]));
      pages.push(reply.page);
    }
    return { pages };
  } finally {
    worker.terminate();
  }
}
