/** A conversion as the page reports it; the snippet adds the stored referral. */
export interface Conversion {
  event: string;
  email?: string;
  amount?: number;
  currency?: string;
  orderId?: string;
}

/** Reports a conversion through `window.rujuk`, the stub until the snippet has loaded. */
export function convert(conversion: Conversion): Promise<unknown> {
  return (window as unknown as { rujuk: (command: 'convert', conversion: Conversion) => Promise<unknown> }).rujuk(
    'convert',
    conversion,
  );
}
