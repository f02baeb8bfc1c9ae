import * as ort from 'onnxruntime-web/wasm';
import type { FromOcrWorker, ToOcrWorker } from '@/components/ocr/protocol';

// Everything comes from the extension's own package (wxt.config.ts copies it there): the worker
// makes no network request. One thread: extension pages are not cross-origin isolated.
const own = (path: string) => new URL(path, self.location.origin).href;

const post = (message: FromOcrWorker) => (self as unknown as Worker).postMessage(message);

async function bytes(path: string): Promise<Uint8Array> {
  const response = await fetch(own(path));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

async function smoke(): Promise<void> {
  const t0 = performance.now();
  const det = await ort.InferenceSession.create(await bytes('/ocr/det.onnx'));
  const t1 = performance.now();
  const rec = await ort.InferenceSession.create(await bytes('/ocr/rec.onnx'));
  const t2 = performance.now();
  const input = new ort.Tensor('float32', new Float32Array(3 * 48 * 320), [1, 3, 48, 320]);
  const out = await rec.run({ [rec.inputNames[0]!]: input });
  const t3 = performance.now();
  const first = out[rec.outputNames[0]!]!;
  post({ type: 'smoke', ms: { runtime: 0, det: t1 - t0, rec: t2 - t1, run: t3 - t2 }, outputs: [...first.dims] });
  void det;
}

// A dedicated worker started by the panel (components/ocr/client.ts), not a page script: built by
// WXT as an unlisted script so that it is bundled whole, runtime included.
export default defineUnlistedScript(() => {
  ort.env.wasm.numThreads = 1;
  ort.env.wasm.wasmPaths = { wasm: own('/ocr/ort-wasm-simd-threaded.wasm') };
  self.onmessage = (event: MessageEvent<ToOcrWorker>) => {
    const run = async () => {
      if (event.data.type === 'smoke') await smoke();
    };
    run().catch((error: unknown) => post({ type: 'error', message: error instanceof Error ? error.message : String(error) }));
  };
});
