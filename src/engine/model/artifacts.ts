import * as tf from '@tensorflow/tfjs';

/** The name exported weights go by in model.json's manifest. */
export const WEIGHTS_FILE = 'weights.bin';

/** A model's own artifacts (topology, weight specs, one weight buffer), as model.save would write them. */
export async function modelArtifacts(model: tf.LayersModel): Promise<tf.io.ModelArtifacts> {
  let saved: tf.io.ModelArtifacts | undefined;
  await model.save(tf.io.withSaveHandler((artifacts) => {
    saved = artifacts;
    return Promise.resolve({ modelArtifactsInfo: tf.io.getModelArtifactsInfoForJSON(artifacts) });
  }));
  if (!saved) throw new Error('TF.js saved no artifacts');
  return saved;
}

/** The weights of artifacts as one byte array, in weight-spec order. */
export function weightBytes(artifacts: tf.io.ModelArtifacts): Uint8Array {
  if (artifacts.weightData === undefined) throw new Error('The artifacts hold no weights');
  return new Uint8Array(tf.io.CompositeArrayBuffer.join(artifacts.weightData));
}

/**
 * model.json for artifacts whose weights are written as one file, `weightsPath`
 * (the standard TF.js Layers layout that tf.loadLayersModel reads).
 */
export function layersModelJson(artifacts: tf.io.ModelArtifacts, weightsPath = WEIGHTS_FILE): tf.io.ModelJSON {
  if (!artifacts.modelTopology || !artifacts.weightSpecs) throw new Error('The artifacts lack a topology or weight specs');
  return {
    modelTopology: artifacts.modelTopology,
    format: artifacts.format ?? 'layers-model',
    generatedBy: artifacts.generatedBy ?? `TensorFlow.js tfjs-layers v${tf.version.tfjs}`,
    convertedBy: artifacts.convertedBy ?? null,
    weightsManifest: [{ paths: [weightsPath], weights: artifacts.weightSpecs }],
    ...(artifacts.trainingConfig ? { trainingConfig: artifacts.trainingConfig } : {}),
    ...(artifacts.userDefinedMetadata ? { userDefinedMetadata: artifacts.userDefinedMetadata } : {}),
  };
}
