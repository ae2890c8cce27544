import type { Messages } from '../types.js';

/** Portuguese. */
const pt: Messages = {
  dir: 'ltr',
  title: 'Dê {friend}, ganhe {referrer}',
  description:
    'Compartilhe seu link pessoal. Seus amigos ganham {friend} e você ganha {referrer} por cada amigo que se qualificar.',
  launcher: 'Indique um amigo',
  email: 'E-mail',
  name: 'Nome (opcional)',
  join: 'Obter meu link',
  joining: 'Preparando seu link…',
  invalidEmail: 'Digite um e-mail válido, como nome@exemplo.com.',
  yourLink: 'Seu link de indicação',
  copy: 'Copiar',
  copied: 'Copiado!',
  copyFallback: 'Selecione o link e copie.',
  shareVia: 'Compartilhar via',
  shareOn: 'Compartilhar no {channel}',
  channelEmail: 'E-mail',
  channelSms: 'SMS',
  channelNative: 'Mais…',
  channelQr: 'QR code',
  qrHint: 'Escaneie para abrir seu link',
  tabShare: 'Compartilhar',
  tabProgress: 'Progresso',
  tabLeaderboard: 'Ranking',
  tabInfo: 'Como funciona',
  error: 'Algo deu errado. Tente novamente.',
  retry: 'Tentar novamente',
  close: 'Fechar',
  loading: 'Carregando…',
  notYou: 'Usar outro e-mail',
  terms: 'Termos',
  friend: 'um amigo',
};

export default pt;
