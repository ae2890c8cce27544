import type { Messages } from '../types.js';

/** French. */
const fr: Messages = {
  dir: 'ltr',
  title: 'Offrez {friend}, recevez {referrer}',
  description:
    'Partagez votre lien personnel. Vos amis reçoivent {friend}, et vous recevez {referrer} pour chaque ami qui remplit les conditions.',
  launcher: 'Parrainer un ami',
  email: 'E-mail',
  name: 'Nom (facultatif)',
  join: 'Obtenir mon lien',
  joining: 'Préparation de votre lien…',
  invalidEmail: 'Saisissez une adresse e-mail valide, par exemple nom@exemple.com.',
  yourLink: 'Votre lien de parrainage',
  copy: 'Copier',
  copied: 'Copié !',
  copyFallback: 'Sélectionnez le lien et copiez-le.',
  shareVia: 'Partager via',
  shareOn: 'Partager sur {channel}',
  channelEmail: 'E-mail',
  channelSms: 'SMS',
  channelNative: 'Plus…',
  channelQr: 'Code QR',
  qrHint: 'Scannez pour ouvrir votre lien',
  tabShare: 'Partager',
  tabProgress: 'Progression',
  tabLeaderboard: 'Classement',
  tabInfo: 'Comment ça marche',
  error: 'Une erreur s’est produite. Veuillez réessayer.',
  retry: 'Réessayer',
  close: 'Fermer',
  loading: 'Chargement…',
  notYou: 'Utiliser une autre adresse',
  terms: 'Conditions',
  friend: 'un ami',
};

export default fr;
