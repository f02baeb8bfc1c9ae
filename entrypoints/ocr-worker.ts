import * as ort from 'onnxruntime-web/wasm';
import type { FromOcrWorker, ToOcrWorker } from '@/components/ocr/protocol';
import { createOcrEngine, type OrtLike } from '@/lib/ocr/engine';
import { ocrPages } from '@/lib/ocr/ocr-pages';
import { renumberPage } from '@/lib/ocr/renumber';
import type { OcrEngine } from '@/lib/ocr/types';

// Everything comes from the extension's own package (wxt.config.ts copies it there): the worker
// makes no network request. One thread: extension pages are not cross-origin isolated.
const own = (path: string) => new URL(path, self.location.origin).href;

async function bytes(path: string): Promise<Uint8Array> {
  const response = await fetch(own(path));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

async function load(): Promise<OcrEngine> {
  const [det, rec, keys] = await Promise.all([bytes('/ocr/det.onnx'), bytes('/ocr/rec.onnx'), fetch(own('/ocr/keys.txt')).then((r) => r.text())]);
  return createOcrEngine(ort as unknown as OrtLike, { det, rec, keys });
}

// A dedicated worker started by the panel (components/ocr/client.ts), not a page script: built by
// WXT as an unlisted script so that it is bundled whole, runtime included. Cancelling is the
// panel terminating the worker: a model run cannot be interrupted from inside.
export default defineUnlistedScript(() => {
  ort.env.wasm.numThreads = 1;
  ort.env.wasm.wasmPaths = { wasm: own('/ocr/ort-wasm-simd-threaded.wasm') };
  const post = (message: FromOcrWorker) => (self as unknown as Worker).postMessage(message);
  let engine: Promise<OcrEngine> | null = null;
  self.onmessage = (event: MessageEvent<ToOcrWorker>) => {
    const message = event.data;
    const run = async () => {
      const t0 = performance.now();
      engine ??= load();
      const ready = await engine;
      if (message.type === 'load') return post({ type: 'loaded', ms: performance.now() - t0 });
      const [page] = (await ocrPages([message.image], ready)).pages;
      post({ type: 'page', page: renumberPage(page!, message.number), ms: performance.now() - t0 });
    };
    run().catch((error: unknown) => post({ type: 'error', message: error instanceof Error ? error.message : String(error) }));
  };
});
