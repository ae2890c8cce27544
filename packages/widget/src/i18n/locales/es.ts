import type { Messages } from '../types.js';

/** Spanish. */
const es: Messages = {
  dir: 'ltr',
  title: 'Regala {friend}, consigue {referrer}',
  description:
    'Comparte tu enlace personal. Tus amigos reciben {friend} y tú consigues {referrer} por cada amigo que cumpla los requisitos.',
  launcher: 'Invita a un amigo',
  email: 'Correo electrónico',
  name: 'Nombre (opcional)',
  join: 'Obtener mi enlace',
  joining: 'Preparando tu enlace…',
  invalidEmail: 'Introduce un correo válido, como nombre@ejemplo.com.',
  yourLink: 'Tu enlace de referido',
  copy: 'Copiar',
  copied: '¡Copiado!',
  copyFallback: 'Selecciona el enlace y cópialo.',
  shareVia: 'Compartir por',
  shareOn: 'Compartir en {channel}',
  channelEmail: 'Correo',
  channelSms: 'SMS',
  channelNative: 'Más…',
  channelQr: 'Código QR',
  qrHint: 'Escanéalo para abrir tu enlace',
  tabShare: 'Compartir',
  tabProgress: 'Progreso',
  tabLeaderboard: 'Clasificación',
  tabInfo: 'Cómo funciona',
  error: 'Algo salió mal. Inténtalo de nuevo.',
  retry: 'Reintentar',
  close: 'Cerrar',
  loading: 'Cargando…',
  notYou: 'Usar otro correo',
  terms: 'Condiciones',
  friend: 'un amigo',
};

export default es;
