import type { Vocabulary } from './vocabulary.ts';

// prettier-ignore
export const EN: Vocabulary = {
  topics: {
    gulf: {
      strong: [
        'Gulf Cooperation Council', 'GCC', 'Gulf states', 'Gulf state', 'Gulf countries', 'Gulf monarchies', 'Persian Gulf states', 'Arabian Gulf states',
        'Saudi Arabia', 'Saudi', 'Riyadh', 'Jeddah', 'United Arab Emirates', 'UAE', 'Emirati', 'Abu Dhabi', 'Dubai',
        'Kuwait', 'Kuwaiti', 'Qatar', 'Qatari', 'Doha', 'Bahrain', 'Bahraini', 'Manama', 'Oman', 'Omani', 'Muscat',
        'Mohammed bin Salman', 'Faisal bin Farhan', 'Mohammed bin Zayed', 'Abdullah bin Zayed', 'Tamim bin Hamad',
      ],
      weak: ['Gulf', 'Persian Gulf', 'Arabian Gulf', 'Emirates', 'Hormuz', 'Strait of Hormuz', 'emir', 'crown prince'],
    },
    palestine: {
      strong: [
        'Palestine', 'Palestinian', 'Gaza', 'Gaza Strip', 'West Bank', 'East Jerusalem', 'Israel', 'Israeli', 'Netanyahu', 'Hamas',
        'Fatah', 'Palestinian Authority', 'two-state solution', 'Arab-Israeli', 'Israeli-Palestinian', 'Middle East peace process',
        'Mahmoud Abbas', 'Ramallah', 'Rafah', 'Al-Aqsa', 'Knesset', 'IDF',
      ],
      weak: ['Jerusalem', 'settlement', 'settlements', 'settlers', 'occupation', 'occupied territories', 'peace process', 'hostages', 'ceasefire', 'humanitarian aid'],
    },
    iran: {
      strong: [
        'Iran', 'Iranian', 'Tehran', 'JCPOA', 'Joint Comprehensive Plan of Action', 'Iran nuclear deal', 'Islamic Republic', 'Araghchi', 'Pezeshkian',
        'Khamenei', 'Raisi', 'Abdollahian', 'IRGC', 'Revolutionary Guard', 'Revolutionary Guards', 'Zarif',
      ],
      weak: ['nuclear deal', 'nuclear programme', 'nuclear program', 'uranium', 'enrichment', 'IAEA', 'International Atomic Energy Agency', 'snapback', 'centrifuges'],
    },
    syria: {
      strong: ['Syria', 'Syrian', 'Damascus', 'Aleppo', 'Idlib', 'Assad', 'al-Sharaa', 'Sharaa', 'Homs', 'Deir ez-Zor', 'Golan', 'Golan Heights', 'Astana format'],
      weak: ['Kurdish', 'SDF', 'Latakia', 'Tartus'],
    },
    libya: {
      strong: ['Libya', 'Libyan', 'Benghazi', 'Haftar', 'Dbeibah', 'Government of National Unity', 'Libyan National Army', 'Tobruk', 'Menfi', 'Misrata'],
      weak: ['Tripoli', 'Berlin process'],
    },
    yemen: {
      strong: ['Yemen', 'Yemeni', 'Houthi', 'Houthis', 'Ansar Allah', "Sana'a", 'Sanaa', 'Hodeidah', 'Marib', 'Presidential Leadership Council', 'Grundberg'],
      weak: ['Aden', 'Bab el-Mandeb', 'Bab al-Mandab'],
    },
    security: {
      strong: [
        'regional security', 'terrorism', 'terrorist', 'counter-terrorism', 'military', 'armed forces', 'missile', 'missiles', 'drone attack',
        'drone strike', 'airstrike', 'air strike', 'airstrikes', 'naval', 'navy', 'warship', 'military exercises', 'joint exercises', 'air defence',
        'air defense', 'ISIS', 'Islamic State', 'al-Qaeda', 'Hezbollah', 'maritime security', 'attacks on shipping', 'collective security',
      ],
      weak: [
        'security', 'army', 'troops', 'attack', 'attacks', 'strike', 'strikes', 'drone', 'drones', 'defence', 'defense', 'weapons', 'arms', 'shipping',
        'militia', 'militias', 'escalation', 'militants', 'war', 'hostilities', 'exercise', 'exercises', 'ceasefire',
      ],
    },
    energy: {
      strong: ['oil', 'crude', 'Brent', 'natural gas', 'LNG', 'OPEC', 'OPEC+', 'oil prices', 'oil price', 'production cuts', 'output cuts', 'Aramco', 'ADNOC', 'barrels', 'barrel', 'oil market', 'energy market', 'petroleum'],
      weak: ['gas', 'energy', 'refinery', 'pipeline', 'hydrocarbons', 'output', 'production', 'fuel', 'energy security'],
    },
    economy: {
      strong: [
        'trade', 'trade turnover', 'bilateral trade', 'investment', 'investments', 'investors', 'economic cooperation', 'business forum',
        'intergovernmental commission', 'sovereign wealth fund', 'free trade', 'free trade agreement', 'joint ventures', 'trade and economic',
        'economic ties', 'GDP', 'economy', 'central bank', 'exchange rate', 'currency', 'fiscal', 'budget', 'economic crisis',
      ],
      weak: ['economic', 'exports', 'imports', 'tariffs', 'business', 'businesses', 'finance', 'financial', 'banks', 'market', 'markets', 'growth', 'BRICS', 'logistics', 'tourism'],
    },
    un: {
      strong: [
        'United Nations', 'UN', 'U.N.', 'Security Council', 'UN Security Council', 'UNSC', 'General Assembly', 'Secretary-General', 'Guterres',
        'UN envoy', 'UN special envoy', 'UNICEF', 'UNESCO', 'UNHCR', 'OCHA', 'WFP', 'UNIFIL', 'multilateral diplomacy',
      ],
      weak: ['resolution', 'special envoy', 'multilateral', 'Human Rights Council', 'international community', 'veto'],
    },
  },
  phrases: [
    { text: 'UNRWA', weights: { palestine: 2, un: 2 } },
    { text: 'Gulf of Aden', weights: { yemen: 1, security: 1 } },
    { text: 'Gulf of Oman', weights: { security: 1 } },
    { text: 'Sea of Oman', weights: {} },
    { text: 'Gulf of Mexico', weights: {} },
    { text: 'Gulf of Guinea', weights: {} },
    { text: 'Red Sea', weights: { security: 1, yemen: 1 } },
    { text: 'Tripoli, Lebanon', weights: {} },
    { text: 'atomic energy', weights: { iran: 1 } },
    { text: 'Middle East settlement', weights: { palestine: 2 } },
    { text: 'Arab-Israeli settlement', weights: { palestine: 2 } },
    { text: 'security guarantees', weights: { security: 1 } },
    // A merchant ship under attack is shipping security, not trade.
    { text: 'merchant ship', weights: { security: 1 } },
    { text: 'merchant vessel', weights: { security: 1 } },
    { text: 'commercial shipping', weights: { security: 1 } },
    { text: 'commercial vessel', weights: { security: 1 } },
  ],
};
