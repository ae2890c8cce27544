import type { Messages } from '../types.js';

/** German. */
const de: Messages = {
  dir: 'ltr',
  title: '{friend} schenken, {referrer} bekommen',
  description:
    'Teile deinen persönlichen Link. Freunde bekommen {friend}, und du bekommst {referrer} für jeden Freund, der die Bedingungen erfüllt.',
  launcher: 'Freunde einladen',
  email: 'E-Mail',
  name: 'Name (optional)',
  join: 'Meinen Link erhalten',
  joining: 'Dein Link wird erstellt…',
  invalidEmail: 'Gib eine gültige E-Mail-Adresse ein, z. B. name@beispiel.de.',
  yourLink: 'Dein Empfehlungslink',
  copy: 'Kopieren',
  copied: 'Kopiert!',
  copyFallback: 'Markiere den Link und kopiere ihn.',
  shareVia: 'Teilen über',
  shareOn: 'Auf {channel} teilen',
  channelEmail: 'E-Mail',
  channelSms: 'SMS',
  channelNative: 'Mehr…',
  channelQr: 'QR-Code',
  qrHint: 'Scannen, um deinen Link zu öffnen',
  tabShare: 'Teilen',
  tabProgress: 'Fortschritt',
  tabLeaderboard: 'Bestenliste',
  tabInfo: 'So funktioniert’s',
  error: 'Etwas ist schiefgelaufen. Bitte versuche es erneut.',
  retry: 'Erneut versuchen',
  close: 'Schließen',
  loading: 'Wird geladen…',
  notYou: 'Andere E-Mail verwenden',
  terms: 'Bedingungen',
  friend: 'ein Freund',
};

export default de;
