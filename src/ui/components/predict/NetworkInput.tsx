import type { ImageShape } from '../../../core/datasets/catalog';
import { useImageUrl } from '../use-image-url';

/** The image exactly as the network receives it (before pixel scaling), enlarged without smoothing. */
export function NetworkInput({ pixels, shape, alt }: { pixels: Uint8Array; shape: ImageShape; alt: string }) {
  const url = useImageUrl(pixels, shape);
  return <img className="network-input" src={url} alt={alt} width={112} height={112} />;
}
