import type { SecondaryMessages } from '../types.js';

/** Spanish: the progress and leaderboard views. */
const es: SecondaryMessages = {
  clicks: { one: 'clic', other: 'clics' },
  signups: { one: 'registro', other: 'registros' },
  conversions: { one: 'conversión', other: 'conversiones' },
  rewards: 'Tus recompensas',
  youEarn: 'Tú recibes',
  friendGets: 'Tu amigo recibe',
  noRewards: 'Aún no tienes recompensas. Comparte tu enlace para empezar a ganar.',
  pending: 'Pendiente',
  earned: 'Conseguida',
  reversed: 'Anulada',
  fulfilled: 'Listo para usar',
  yourCode: 'Tu código',
  useReward: 'Úsalo ahora',
  nextTier: { one: 'Te falta # referido para llegar a {tier}', other: 'Te faltan # referidos para llegar a {tier}' },
  topTier: 'Has alcanzado el nivel máximo: {tier}',
  redeem: 'Canjear tus recompensas',
  leaderboardEmpty: 'Aún no hay referentes. ¡Sé el primero!',
  referrals: { one: '# referido', other: '# referidos' },
  you: 'Tú',
  yourRank: 'Tu posición: {rank}',
  statsUnavailable:
    'Este correo ya está inscrito. Abre esta página en el dispositivo desde el que te uniste para ver tu progreso.',
};

export default es;
