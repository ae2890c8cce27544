import { useEffect, useRef } from 'preact/hooks';

/** A QR code of `value`; the encoder and its drawing are a separate chunk loaded on first use. */
export function QrCode({ value, label }: { value: string; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let live = true;
    import('../../qr/qr-svg.js').then(
      ({ qrSvg }) => live && box.current?.replaceChildren(qrSvg(value, label)),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [value, label]);
  return <div ref={box} class="ctr" />;
}
