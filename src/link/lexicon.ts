// Small curated word lists the linker relies on: role words (to tell a description from a
// name), the main UK parties (so "Tories" and "Conservatives" are one organisation) and the
// topic keyword lexicon matched against quote content.

export const PRONOUNS = new Set([
  'he', 'she', 'him', 'her', 'his', 'hers', 'they', 'them', 'their', 'theirs', 'it', 'its',
  'i', 'me', 'my', 'we', 'us', 'our', 'you', 'your', 'himself', 'herself', 'themselves', 'itself',
  'who', 'whom', 'whose', 'this', 'that',
]);

/** Words that make a phrase a description of someone rather than their name. */
export const ROLE_WORDS = new Set([
  'the', 'a', 'an', 'one', 'two', 'three', 'some', 'several', 'many', 'other', 'another', 'his', 'her',
  'their', 'its', 'our', 'former', 'new', 'senior', 'top', 'junior', 'then', 'current', 'outgoing',
  'prime', 'minister', 'ministers', 'chancellor', 'secretary', 'secretaries', 'home', 'foreign',
  'leader', 'leaders', 'deputy', 'shadow', 'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople',
  'mp', 'mps', 'mep', 'meps', 'msp', 'msps', 'am', 'peer', 'peers', 'chairman', 'chairwoman', 'chair',
  'president', 'chief', 'executive', 'governor', 'mayor', 'candidate', 'candidates', 'adviser',
  'advisers', 'advisor', 'official', 'officials', 'aide', 'aides', 'source', 'sources', 'insider',
  'insiders', 'campaigner', 'campaigners', 'member', 'members', 'backbencher', 'backbenchers',
  'cabinet', 'attorney', 'general', 'speaker', 'convenor', 'head', 'director', 'commissioner',
  'government', 'opposition', 'party', 'conservative', 'conservatives', 'tory', 'tories', 'labour',
  'liberal', 'democrat', 'democrats', 'lib', 'dem', 'dems', 'ukip', 'reform', 'snp', 'green',
  'of', 'for', 'and', 'to', 'in', 'on', 'at', 'state', 'education', 'health', 'defence', 'trade',
  'industry', 'work', 'pensions', 'environment', 'culture', 'transport', 'treasury', 'office',
  'department', 'downing', 'street', 'number', 'ten', 'no', 'spokesmen', 'critics', 'critic',
  'colleague', 'colleagues', 'ally', 'allies', 'friend', 'friends', 'figure', 'figures',
  'politician', 'politicians', 'lawmaker', 'lawmakers', 'councillor', 'councillors', 'whip', 'whips',
  'mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'lord', 'lady', 'baroness', 'dame', 'man', 'woman',
  'constable', 'assistant', 'detective', 'inspector', 'superintendent', 'sergeant', 'cardinal', 'archbishop',
  'bishop', 'judge', 'treasurer', 'welsh', 'scottish', 'irish', 'british', 'european', 'us', 'german', 'french',
  'chairwoman', 'vice', 'economist', 'analyst', 'lawyer', 'barrister', 'solicitor', 'professor', 'editor',
  'reporter', 'correspondent', 'presenter', 'columnist', 'broadcaster', 'actor', 'singer', 'author', 'writer',
]);

export interface PartyEntry {
  name: string;
  aliases: string[];
  /** Adjectives and short forms that name the party inside a role ("Tory leader"). */
  words: string[];
}

export const PARTIES: PartyEntry[] = [
  { name: 'Conservative Party', aliases: ['Conservatives', 'Tories', 'Tory Party', 'the Tories'], words: ['tory', 'tories', 'conservative', 'conservatives'] },
  { name: 'Labour Party', aliases: ['Labour'], words: ['labour'] },
  { name: 'Liberal Democrats', aliases: ['Lib Dems', 'Liberal Democrat Party', 'Lib Dem'], words: ['liberal democrat', 'liberal democrats', 'lib dem', 'lib dems'] },
  { name: 'UK Independence Party', aliases: ['UKIP', 'UK Independence'], words: ['ukip'] },
  { name: 'Reform UK', aliases: ['Reform', 'Reform Party'], words: ['reform'] },
  { name: 'Scottish National Party', aliases: ['SNP'], words: ['snp', 'scottish nationalist', 'nationalist'] },
  { name: 'Plaid Cymru', aliases: ['Plaid'], words: ['plaid', 'plaid cymru'] },
  { name: 'Green Party', aliases: ['Greens', 'the Greens', 'Green Party of England and Wales'], words: ['green'] },
];

export interface TopicEntry {
  name: string;
  aliases: string[];
  /** Case-insensitive patterns over quote content; word boundaries are added. */
  keywords: string[];
}

export const TOPICS: TopicEntry[] = [
  { name: 'Immigration', aliases: ['immigration policy', 'migration', 'asylum'], keywords: ['immigra\\w*', 'asylum', 'migrants?', 'border controls?', 'illegal immigrants?', 'cross-channel'] },
  { name: 'NHS', aliases: ['health', 'health service', 'National Health Service', 'healthcare'], keywords: ['nhs', 'hospitals?', 'health service', 'waiting lists?', 'patients?', 'healthcare'] },
  { name: 'Economy', aliases: ['economic growth', 'the economy'], keywords: ['econom\\w*', 'inflation', 'interest rates?', 'recession', 'growth', 'public finances', 'borrowing'] },
  { name: 'Taxation', aliases: ['tax', 'taxes'], keywords: ['tax', 'taxes', 'taxation', 'vat', 'council tax', 'income tax', 'tax cuts?'] },
  { name: 'Education', aliases: ['schools'], keywords: ['schools?', 'education', 'universit(?:y|ies)', 'tuition fees', 'pupils', 'teachers'] },
  { name: 'Crime and policing', aliases: ['crime', 'policing'], keywords: ['crime', 'police', 'policing', 'prisons?', 'sentenc\\w*', 'anti-social behaviour'] },
  { name: 'Terrorism and security', aliases: ['terrorism', 'security'], keywords: ['terror\\w*', 'anti-terror\\w*', 'house arrest', 'detainees?', 'control orders?'] },
  { name: 'Iraq war', aliases: ['Iraq'], keywords: ['iraq\\w*', 'saddam'] },
  { name: 'European Union', aliases: ['EU', 'Europe'], keywords: ['eu', 'european union', 'brussels', 'european constitution', 'euro'] },
  { name: 'ID cards', aliases: ['identity cards'], keywords: ['id cards?', 'identity cards?'] },
  { name: 'Pensions', aliases: ['pension'], keywords: ['pensions?', 'pensioners?'] },
  { name: 'Elections', aliases: ['election', 'general election'], keywords: ['elections?', 'voters', 'ballot', 'polling', 'campaign'] },
  { name: 'Housing', aliases: ['homes'], keywords: ['housing', 'homes', 'mortgages?', 'house prices'] },
  { name: 'Energy and environment', aliases: ['environment', 'energy', 'climate change'], keywords: ['climate', 'energy', 'emissions', 'environment\\w*', 'renewables?', 'fossil', 'nuclear power'] },
  { name: 'Transport', aliases: ['transport links'], keywords: ['transport', 'rail\\w*', 'roads?', 'airports?', 'heathrow'] },
  { name: 'Welfare and benefits', aliases: ['welfare', 'benefits'], keywords: ['benefits?', 'welfare', 'child poverty', 'maternity pay', 'maternity leave', 'childcare', 'child care'] },
  { name: 'Employment', aliases: ['jobs', 'unemployment'], keywords: ['jobs?', 'unemploy\\w*', 'employment', 'minimum wage', 'workers'] },
  { name: 'Hunting ban', aliases: ['fox hunting', 'hunting'], keywords: ['hunting', 'hunt ban', 'fox hunt\\w*'] },
  { name: 'Defence', aliases: ['armed forces', 'military'], keywords: ['defence', 'armed forces', 'troops', 'military', 'army'] },
  { name: 'Regional investment', aliases: ['levelling up', 'regional inequality'], keywords: ['investment in (?:the )?north\\w*', 'forgotten areas', 'northern england', 'north of england'] },
];
