/** Offers a blob to the user as a file download. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Downloads a TF.js Layers model as model.json + weights.bin: the names its manifest
 * uses, so the pair loads as it is (tf.loadLayersModel, or "Import model" here).
 */
export function downloadLayersModel(modelJson: string, weights: Uint8Array): void {
  downloadBlob(new Blob([modelJson], { type: 'application/json' }), 'model.json');
  downloadBlob(new Blob([weights as BlobPart], { type: 'application/octet-stream' }), 'weights.bin');
}
