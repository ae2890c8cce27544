import { Component } from 'preact';

type Props = { value: string; label: string };

/** A QR code of `value`; the encoder and its drawing are a separate chunk loaded on first use. */
export class QrCode extends Component<Props> {
  private box: HTMLDivElement | null = null;
  // Bumped by every draw and by unmounting, so a late chunk never draws over a newer code.
  private drawing = 0;

  override componentDidMount() {
    this.draw();
  }

  override componentDidUpdate(previous: Props) {
    if (previous.value !== this.props.value || previous.label !== this.props.label) this.draw();
  }

  override componentWillUnmount() {
    this.drawing++;
  }

  private draw() {
    const drawing = ++this.drawing;
    const { value, label } = this.props;
    import('../../qr/qr-svg.js').then(
      ({ qrSvg }) => drawing === this.drawing && this.box?.replaceChildren(qrSvg(value, label)),
      () => undefined,
    );
  }

  override render() {
    return (
      <div
        ref={(node) => {
          this.box = node;
        }}
        class="ctr"
      />
    );
  }
}
