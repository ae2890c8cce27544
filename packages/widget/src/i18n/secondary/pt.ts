import type { SecondaryMessages } from '../types.js';

/** Portuguese: the progress and leaderboard views. */
const pt: SecondaryMessages = {
  clicks: { one: 'clique', other: 'cliques' },
  signups: { one: 'cadastro', other: 'cadastros' },
  conversions: { one: 'conversão', other: 'conversões' },
  rewards: 'Suas recompensas',
  youEarn: 'Você ganha',
  friendGets: 'Seu amigo ganha',
  noRewards: 'Nenhuma recompensa ainda. Compartilhe seu link para começar a ganhar.',
  pending: 'Pendente',
  earned: 'Ganha',
  reversed: 'Estornada',
  fulfilled: 'Pronto para usar',
  yourCode: 'Seu código',
  useReward: 'Use agora',
  nextTier: { one: 'Falta # indicação para chegar a {tier}', other: 'Faltam # indicações para chegar a {tier}' },
  topTier: 'Você chegou ao nível máximo: {tier}',
  redeem: 'Resgatar suas recompensas',
  leaderboardEmpty: 'Ainda não há indicações. Seja o primeiro!',
  referrals: { one: '# indicação', other: '# indicações' },
  you: 'Você',
  yourRank: 'Sua posição: {rank}',
  statsUnavailable:
    'Este e-mail já participa. Abra esta página no dispositivo em que você entrou para ver seu progresso.',
};

export default pt;
