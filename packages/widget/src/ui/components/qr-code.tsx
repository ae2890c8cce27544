import { useEffect, useState } from 'preact/hooks';

/** A QR code of `value` as SVG; the encoder is a separate chunk loaded on first use. */
export function QrCode({ value, label }: { value: string; label: string }) {
  const [qr, setQr] = useState<{ size: number; path: string } | null>(null);
  useEffect(() => {
    let live = true;
    import('../../qr/qr-path.js').then(
      ({ qrPath }) => live && setQr(qrPath(value)),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [value]);
  if (!qr) return <div class="qr" part="qr" />;
  return (
    <svg
      class="qr"
      part="qr"
      viewBox={`0 0 ${qr.size} ${qr.size}`}
      role="img"
      aria-label={label}
      shape-rendering="crispEdges"
    >
      <path d={qr.path} fill="#000" />
    </svg>
  );
}
