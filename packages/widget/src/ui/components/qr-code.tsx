import { Component } from 'preact';
import { emitError } from '../../events/emit-error.js';

type Props = { value: string; label: string };

/**
 * A QR code of `value`, drawn once: give it a `key` that changes with the value. The encoder and its
 * drawing are a separate chunk loaded on first use.
 */
export class QrCode extends Component<Props> {
  override componentDidMount() {
    const { value, label } = this.props;
    import('../../qr/qr-svg.js').then(
      // `base` is this component's element, gone once it unmounted.
      ({ qrSvg }) => (this.base as Element | undefined)?.replaceChildren(qrSvg(value, label)),
      (error) => emitError(error, 'chunk_unavailable'),
    );
  }

  override render() {
    return <div class="ctr" />;
  }
}
