import type { OcrEngine, OcrModel } from './types';

/**
 * The slice of onnxruntime-web lib/ocr needs, typed here so that lib/ stays free of the library:
 * the CLI and the extension each load their own build (and point it at its .wasm).
 */
export interface OrtLike {
  InferenceSession: { create(model: Uint8Array): Promise<OrtSession> };
  Tensor: new (type: 'float32', data: Float32Array, dims: readonly number[]) => unknown;
}
interface OrtSession {
  inputNames: readonly string[];
  outputNames: readonly string[];
  run(feeds: Record<string, unknown>): Promise<Record<string, unknown>>;
}
interface OrtTensor {
  data: unknown;
  dims: readonly number[];
}

export interface OcrModelBytes {
  /** ch_PP-OCRv4_det_infer.onnx */
  det: Uint8Array;
  /** ch_PP-OCRv4_rec_infer.onnx */
  rec: Uint8Array;
  /** ppocr_keys_v1.txt */
  keys: string;
}

async function model(ort: OrtLike, bytes: Uint8Array): Promise<OcrModel> {
  const session = await ort.InferenceSession.create(bytes);
  const input = session.inputNames[0]!;
  const output = session.outputNames[0]!;
  return {
    async run(data, dims) {
      const out = (await session.run({ [input]: new ort.Tensor('float32', data, dims) }))[output] as OrtTensor;
      return { data: out.data as Float32Array, dims: out.dims };
    },
  };
}

/** Builds the engine from a loaded runtime and the models' bytes. */
export async function createOcrEngine(ort: OrtLike, bytes: OcrModelBytes): Promise<OcrEngine> {
  const charset = bytes.keys.split(/\r?\n/).filter((line, i, all) => line !== '' || i < all.length - 1);
  return { det: await model(ort, bytes.det), rec: await model(ort, bytes.rec), charset };
}
