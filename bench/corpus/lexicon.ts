// Word lists for the synthetic corpus. Common British given names and surnames, invented
// towns, organisations and phrasing in the style of UK political news; nothing is taken
// from the evaluation data.

export const MALE_NAMES = [
  'James', 'Oliver', 'Thomas', 'Daniel', 'Matthew', 'Andrew', 'David', 'Richard', 'Peter', 'Michael',
  'Simon', 'Mark', 'Paul', 'Robert', 'Stephen', 'Jonathan', 'Christopher', 'Edward', 'William', 'George',
  'Henry', 'Samuel', 'Benjamin', 'Nathan', 'Adam', 'Luke', 'Callum', 'Ewan', 'Gareth', 'Rhys',
  'Owen', 'Dylan', 'Connor', 'Liam', 'Sean', 'Patrick', 'Kevin', 'Graham', 'Neil', 'Ian',
  'Alan', 'Colin', 'Martin', 'Gavin', 'Stuart', 'Alistair', 'Hamish', 'Rajesh', 'Imran', 'Tariq',
  'Sunil', 'Kwame', 'Tobias', 'Felix', 'Hugo', 'Rupert', 'Marcus', 'Dominic', 'Vincent', 'Declan',
] as const;

export const FEMALE_NAMES = [
  'Sarah', 'Emma', 'Rachel', 'Helen', 'Catherine', 'Elizabeth', 'Charlotte', 'Sophie', 'Hannah', 'Laura',
  'Rebecca', 'Claire', 'Joanna', 'Louise', 'Victoria', 'Alison', 'Fiona', 'Kirsty', 'Morag', 'Siobhan',
  'Niamh', 'Bethan', 'Ffion', 'Megan', 'Lucy', 'Amelia', 'Grace', 'Harriet', 'Imogen', 'Jessica',
  'Katherine', 'Lisa', 'Nadia', 'Priya', 'Anjali', 'Shabana', 'Yasmin', 'Amara', 'Chloe', 'Eleanor',
  'Frances', 'Gillian', 'Jacqueline', 'Karen', 'Margaret', 'Nicola', 'Patricia', 'Ruth', 'Tessa', 'Wendy',
  'Zara', 'Angela', 'Bridget', 'Deborah', 'Esther', 'Georgina', 'Heidi', 'Iona', 'Julia', 'Miriam',
] as const;

const SURNAME_STEMS = [
  'Ash', 'Brad', 'Craw', 'Dun', 'Ell', 'Fair', 'Green', 'Hart', 'Kings', 'Lang', 'Mar', 'North', 'Pen',
  'Red', 'Shel', 'Thorn', 'Wal', 'West', 'Whit', 'Wood', 'Black', 'Brook', 'Cal', 'Har', 'Mid', 'Rad',
  'Stan', 'Brent', 'Hol', 'Lind',
] as const;

const SURNAME_ENDS = [
  'worth', 'ley', 'ford', 'ton', 'wood', 'field', 'more', 'well', 'by', 'ham', 'shaw', 'wick', 'bridge',
  'combe', 'dale', 'hurst', 'cott', 'brook', 'gate', 'stone',
] as const;

const PLAIN_SURNAMES = [
  'Patel', 'Khan', 'Begum', 'Okafor', 'Mensah', 'Murphy', "O'Neill", 'McAllister', 'MacLeod', 'Campbell',
  'Evans', 'Jones', 'Price', 'Hughes', 'Morgan', 'Davies', 'Lloyd', 'Baker', 'Cooper', 'Fletcher',
  'Hunter', 'Mason', 'Porter', 'Turner', 'Walker', 'Wright', 'Nolan', 'Doherty', 'Sharma', 'Chowdhury',
] as const;

/** Surnames: plain ones plus stem+ending compounds, so thousands of people rarely share one. */
export const SURNAMES: readonly string[] = [
  ...PLAIN_SURNAMES,
  ...SURNAME_STEMS.flatMap((s) => SURNAME_ENDS.map((e) => s + e)),
];

const TOWN_STEMS = [
  'Ash', 'Bram', 'Cal', 'Dray', 'Elm', 'Fen', 'Gold', 'Hal', 'Ire', 'Kel', 'Lox', 'Mel', 'Nor', 'Ox',
  'Pel', 'Quen', 'Ros', 'Sel', 'Tarn', 'Ul', 'Ven', 'Wex', 'Yar', 'Brig', 'Cor', 'Dal',
] as const;
const TOWN_ENDS = ['ton', 'bury', 'ham', 'chester', 'ford', 'wick', 'mouth', 'field', 'by', 'stead'] as const;

export const TOWNS: readonly string[] = TOWN_STEMS.flatMap((s) => TOWN_ENDS.map((e) => s + e.toLowerCase()));

export const COMPASS = ['North', 'South', 'East', 'West', 'Central'] as const;

export interface PartySpec {
  name: string;
  short: string;
  member: string;
}

export const PARTIES: readonly PartySpec[] = [
  { name: 'Progress Party', short: 'Progress', member: 'Progress' },
  { name: 'National Union Party', short: 'the Unionists', member: 'Unionist' },
  { name: 'Green Alliance', short: 'the Greens', member: 'Green' },
  { name: 'Liberal Reform Party', short: 'the Liberals', member: 'Liberal' },
  { name: 'Commonwealth Party', short: 'Commonwealth', member: 'Commonwealth' },
  { name: 'Highland Party', short: 'the Highland Party', member: 'Highland' },
];

export const DEPARTMENTS = [
  { dept: 'Treasury', title: 'Chancellor', long: 'Chancellor of the Exchequer' },
  { dept: 'Home Office', title: 'Home Secretary', long: 'Home Secretary' },
  { dept: 'Foreign Office', title: 'Foreign Secretary', long: 'Foreign Secretary' },
  { dept: 'Department of Health', title: 'Health Secretary', long: 'Health Secretary' },
  { dept: 'Department for Education', title: 'Education Secretary', long: 'Education Secretary' },
  { dept: 'Department for Transport', title: 'Transport Secretary', long: 'Transport Secretary' },
  { dept: 'Ministry of Defence', title: 'Defence Secretary', long: 'Defence Secretary' },
  { dept: 'Department for Energy', title: 'Energy Secretary', long: 'Energy Secretary' },
  { dept: 'Department for Housing', title: 'Housing Secretary', long: 'Housing Secretary' },
  { dept: 'Department for Work', title: 'Work and Pensions Secretary', long: 'Work and Pensions Secretary' },
] as const;

export const THINK_TANK_WORDS = ['Institute', 'Foundation', 'Centre', 'Forum', 'Trust', 'Commission'] as const;
export const THINK_TANK_TOPICS = [
  'Fiscal Studies', 'Public Policy', 'Social Justice', 'Economic Research', 'Future Work', 'Health Policy',
  'Regional Growth', 'Energy Futures', 'Civic Renewal', 'Housing Research',
] as const;

export const UNION_NAMES = [
  'National Teachers Union', 'Transport Workers Union', 'Royal College of Nurses', 'Public Services Union',
  'British Medical Guild', 'Federation of Small Firms', 'Chamber of Industry', 'Farmers Union',
] as const;

export const POLLSTERS = ['Opinia', 'PollWise', 'Survation Plus', 'Deltapoll Research', 'Ipsum'] as const;

export interface OutletSpec {
  name: string;
  /** How a cue names it: "told the BBC", "speaking on Radio 4's Today programme". */
  phrase: string;
  kind: 'outlet' | 'programme';
}

export const OUTLETS: readonly OutletSpec[] = [
  { name: 'BBC', phrase: 'the BBC', kind: 'outlet' },
  { name: 'Today programme', phrase: "Radio 4's Today programme", kind: 'programme' },
  { name: 'Sunday with Laura Kuenssberg', phrase: 'the Sunday with Laura Kuenssberg programme', kind: 'programme' },
  { name: 'BBC Breakfast', phrase: 'BBC Breakfast', kind: 'programme' },
  { name: 'PA news agency', phrase: 'the PA news agency', kind: 'outlet' },
  { name: 'BBC Radio 5 Live', phrase: 'BBC Radio 5 Live', kind: 'programme' },
];

export interface TopicSpec {
  name: string;
  /** Things people argue about within the topic. */
  nouns: readonly string[];
  /** Headline nouns. */
  headline: readonly string[];
}

export const TOPICS: readonly TopicSpec[] = [
  {
    name: 'Health',
    nouns: ['waiting lists', 'the NHS', 'A&E waiting times', 'GP appointments', 'social care', 'nurses\u2019 pay', 'hospital funding'],
    headline: ['NHS', 'waiting lists', 'hospital', 'GP'],
  },
  {
    name: 'Immigration',
    nouns: ['small boat crossings', 'net migration', 'asylum hotels', 'the visa system', 'border security', 'illegal migration'],
    headline: ['migration', 'asylum', 'borders', 'visas'],
  },
  {
    name: 'Economy',
    nouns: ['growth', 'inflation', 'the cost of living', 'interest rates', 'business rates', 'public borrowing', 'the budget'],
    headline: ['economy', 'budget', 'tax', 'growth'],
  },
  {
    name: 'Housing',
    nouns: ['housebuilding', 'rents', 'planning rules', 'social housing', 'first-time buyers', 'the green belt'],
    headline: ['housing', 'rent', 'planning', 'homes'],
  },
  {
    name: 'Energy',
    nouns: ['energy bills', 'clean energy', 'North Sea oil', 'onshore wind', 'nuclear power', 'the grid'],
    headline: ['energy', 'bills', 'net zero', 'wind farms'],
  },
  {
    name: 'Education',
    nouns: ['school funding', 'teacher recruitment', 'tuition fees', 'free school meals', 'exam results', 'childcare'],
    headline: ['schools', 'teachers', 'universities', 'childcare'],
  },
  {
    name: 'Transport',
    nouns: ['rail fares', 'bus services', 'the new rail line', 'potholes', 'the airport expansion', 'rail strikes'],
    headline: ['rail', 'buses', 'roads', 'airport'],
  },
  {
    name: 'Defence',
    nouns: ['defence spending', 'the armed forces', 'military aid', 'recruitment targets', 'the nuclear deterrent'],
    headline: ['defence', 'armed forces', 'military'],
  },
];

export const REPORT_VERBS = ['said', 'warned', 'argued', 'insisted', 'claimed', 'suggested', 'added', 'stressed'] as const;
export const PRESENT_PERFECT_VERBS = ['has called for', 'has warned against', 'has urged', 'has demanded'] as const;

export const ANON_SOURCES = [
  'one {party} MP', 'a senior {party} source', 'a government source', 'Downing Street sources',
  'one minister', 'a {party} backbencher', 'party insiders',
] as const;

/** Sentence pieces for quoted and reported words; {noun} is a topic noun, {other} an entity named in the quote. */
export const DIRECT_TEMPLATES = [
  'We {are|have always been} {absolutely|fully|completely} committed to fixing {noun}, and we will not be distracted',
  'The {truth|reality} is that {noun} {has|have} been neglected for far too long',
  'This is a {plan|promise|strategy} that will make a real difference to {noun} in every part of the country',
  'People are {fed up|tired|angry} with excuses about {noun} and they want to see action',
  'I think {other} {has|have} {failed|let people down} on {noun}',
  'Nobody should be in any doubt that {noun} {is|are} our top priority',
  'We have already {doubled|increased|protected} the money for {noun} and we will go further',
  'It is simply not good enough, and {other} knows it',
  'Families {are|have been} paying the price for years of failure on {noun}',
  'What we need now is {a serious plan|honesty|a long-term approach} on {noun}, not {gimmicks|slogans|another review}',
  'That has no effect whatsoever on {noun} in the places that need it most',
  'I {met|spoke to} {other} {last week|this morning|on Monday} and made clear that {noun} cannot wait',
] as const;

export const INDIRECT_TEMPLATES = [
  'the government {was|had been} failing to get a grip on {noun}',
  '{other} {was|were} {right|wrong} to {focus on|ignore} {noun}',
  'the plans for {noun} would {cost billions|take years|not survive contact with reality}',
  'there had been no change in the overall strategy on {noun}',
  '{noun} would be {the defining issue|a key battleground} at the next election',
  '{other} should {apologise|explain itself|come clean} over {noun}',
  'ministers were {working closely with|listening to} councils on {noun}',
  'more investment in {noun} was {badly|urgently} needed',
] as const;

export const MIXED_TEMPLATES = [
  'the approach to {noun} was "{a betrayal|a disgrace|deeply worrying}" and had to change',
  '{other} had left {noun} "{hollowed out|in a mess|on its knees}" after years in charge',
  'the government was "{seizing the opportunities|getting on with the job}" on {noun}',
  'ministers would "{not hesitate|act decisively}" if {noun} got worse',
] as const;

export const NARRATIVE_TEMPLATES = [
  'The row comes as pressure grows over {noun}.',
  'Ministers are expected to set out further details on {noun} later this month.',
  'Figures published on {Monday|Tuesday|Wednesday|Thursday|Friday} showed a {sharp|small|steady} {rise|fall} in {noun}.',
  'The issue of {noun} has dominated the campaign in recent weeks.',
  'Critics have long argued that {noun} has been underfunded.',
] as const;
