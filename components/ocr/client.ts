import type { FromOcrWorker, ToOcrWorker } from './protocol';

/** Starts the OCR worker; it lives until `terminate()` (cancel = terminate: WASM cannot be interrupted). */
export function startOcrWorker(): Worker {
  return new Worker(browser.runtime.getURL('/ocr-worker.js'));
}

export function ask(worker: Worker, message: ToOcrWorker, onProgress?: (m: Extract<FromOcrWorker, { type: 'progress' }>) => void): Promise<FromOcrWorker> {
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<FromOcrWorker>) => {
      if (event.data.type === 'progress') onProgress?.(event.data);
      else if (event.data.type === 'error') reject(new Error(event.data.message));
      else resolve(event.data);
    };
    worker.onerror = (event) => reject(new Error(event.message || 'the OCR worker failed to start'));
    worker.postMessage(message);
  });
}
