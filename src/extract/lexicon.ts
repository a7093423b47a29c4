// Word lists the rules rely on. General English and general political-news knowledge only:
// nothing here is keyed to a particular article of the evaluation sets.

const verbForms = (forms: string): string[] => forms.split(/\s+/).filter(Boolean);

/**
 * Reporting verbs, every inflection, mapped to their lemma. A lemma's `needs` says what must
 * follow it to read as a cue ("called for", "called on"): "called" alone is usually naming.
 */
const CUE_TABLE: Array<[string, string, string?]> = [
  ['say', 'say says said saying'],
  ['tell', 'tell tells told telling'],
  ['add', 'add adds added adding'],
  ['argue', 'argue argues argued arguing'],
  ['warn', 'warn warns warned warning'],
  ['insist', 'insist insists insisted insisting'],
  ['claim', 'claim claims claimed claiming'],
  ['accuse', 'accuse accuses accused accusing'],
  ['urge', 'urge urges urged urging'],
  ['call', 'call calls called calling'],

  ['find', 'find finds found'],
  ['deny', 'deny denies denied denying'],
  ['suggest', 'suggest suggests suggested suggesting'],
  ['stress', 'stress stresses stressed stressing'],
  ['emphasise', 'emphasise emphasises emphasised emphasising emphasize emphasizes emphasized emphasizing'],
  ['admit', 'admit admits admitted admitting'],
  ['explain', 'explain explains explained explaining'],
  ['note', 'note notes noted noting'],
  ['announce', 'announce announces announced announcing'],
  ['declare', 'declare declares declared declaring'],
  ['predict', 'predict predicts predicted predicting'],
  ['allege', 'allege alleges alleged alleging'],
  ['assert', 'assert asserts asserted asserting'],
  ['reveal', 'reveal reveals revealed revealing'],
  ['pledge', 'pledge pledges pledged pledging'],
  ['promise', 'promise promises promised promising'],
  ['vow', 'vow vows vowed vowing'],
  ['confirm', 'confirm confirms confirmed confirming'],
  ['acknowledge', 'acknowledge acknowledges acknowledged acknowledging'],
  ['concede', 'concede concedes conceded conceding'],
  ['complain', 'complain complains complained complaining'],
  ['dismiss', 'dismiss dismisses dismissed dismissing'],
  ['reply', 'reply replies replied replying'],
  ['respond', 'respond responds responded responding'],
  ['write', 'write writes wrote writing'],
  ['tweet', 'tweet tweets tweeted tweeting'],
  ['report', 'reports reported'],
  ['worry', 'worried concerned confident convinced adamant', 'that about'],
  ['talk', 'talk talks talked talking', 'about of'],
  ['state', 'states stated'],
  ['maintain', 'maintain maintains maintained maintaining'],
  ['contend', 'contend contends contended contending'],
  ['believe', 'believe believes believed'],
  ['think', 'think thinks thought'],
  ['agree', 'agree agrees agreed agreeing'],
  ['ask', 'ask asks asked asking'],
  ['demand', 'demand demands demanded demanding'],
  ['propose', 'propose proposes proposed proposing'],
  ['recall', 'recall recalls recalled recalling'],
  ['observe', 'observe observes observed'],
  ['point', 'point points pointed pointing', 'out to'],
  ['criticise', 'criticise criticises criticised criticising criticize criticizes criticized criticizing'],
  ['condemn', 'condemn condemns condemned condemning'],
  ['describe', 'describe describes described describing'],
  ['defend', 'defend defends defended defending'],
  ['remark', 'remark remarks remarked'],
  ['joke', 'joke jokes joked'],
  ['boast', 'boast boasts boasted boasting'],
  ['estimate', 'estimate estimates estimated'],
  ['forecast', 'forecasts forecast'],
  ['indicate', 'indicate indicates indicated indicating'],
  ['hint', 'hint hints hinted hinting'],
  ['signal', 'signal signals signalled signaled'],
  ['threaten', 'threaten threatens threatened'],
  ['caution', 'caution cautions cautioned'],
  ['concur', 'concur concurs concurred'],
  ['counter', 'countered'],
  ['retort', 'retort retorts retorted'],
  ['continue', 'continued'],
  ['speak', 'speak speaks spoke spoken', 'of about'],
  ['brag', 'brag brags bragged bragging', 'about of'],
  ['attack', 'attack attacks attacked attacking'],
  // "Reid has gone after Trump as a 'human leech'": going after a rival is attacking them in words (only with "after" right behind).
  ['go', 'go goes went gone going', 'after'],
  ['blast', 'blast blasts blasted'],
  ['slam', 'slam slams slammed'],
  ['praise', 'praise praises praised praising'],
  ['welcome', 'welcome welcomes welcomed welcoming'],
  ['reject', 'reject rejects rejected rejecting'],
  ['question', 'questioned'],
  ['disclose', 'disclose discloses disclosed'],
  ['brief', 'briefed'],
  ['cite', 'cite cites cited citing'],
  ['mention', 'mention mentions mentioned mentioning'],
  ['discuss', 'discuss discusses discussed discussing'],
  ['outline', 'outline outlines outlined outlining'],
  ['unveil', 'unveil unveils unveiled unveiling'],
  ['highlight', 'highlight highlights highlighted highlighting'],
  ['tout', 'tout touts touted touting'],
  ['endorse', 'endorse endorses endorsed endorsing'],
  ['recommend', 'recommend recommends recommended recommending'],
  ['oppose', 'oppose opposes opposed opposing'],
  ['chastise', 'chastise chastises chastised'],
  ['decry', 'decry decries decried'],
  ['lament', 'lament laments lamented lamenting'],
  ['mock', 'mock mocks mocked mocking'],
  ['ridicule', 'ridicule ridicules ridiculed'],
  ['label', 'label labels labelled labeled'],
  ['brand', 'brand brands branded'],
  ['liken', 'liken likens likened'],
  ['compare', 'compare compares compared comparing', 'to with'],
  // "linked cybersecurity to Clinton's email server", "tied climate change to the floods": asserting a connection, with
  // an object before "to" (cues.ts); "was linked to", "ties to Russia" have none.
  ['link', 'link links linked linking', 'to'],
  ['tie', 'tie ties tied tying', 'to'],
  ['dispute', 'dispute disputes disputed disputing'],
  ['insinuate', 'insinuated'],
  ['imply', 'implied implies'],
  ['blame', 'blame blames blamed blaming'],
  ['demand', 'demanding'],
  // Communication verbs whose object is the message itself ("detailed the spending", "voiced
  // doubts", "questioned the integrity of ...").
  ['detail', 'detail details detailed detailing'],
  ['voice', 'voiced voicing'],
  ['express', 'express expresses expressed expressing'],
  ['articulate', 'articulate articulates articulated articulating'],
  ['champion', 'champion champions championed championing'],
  ['promote', 'promote promotes promoted promoting'],
  ['question', 'questioning'],
  // "Some Democrats question the wisdom of ...": the bare verb doubts a claim or a choice (othersense.ts keeps the noun out).
  ['question', 'question questions'],
  ['reference', 'referenced references referencing'],
  ['recount', 'recount recounts recounted recounting'],
  ['retweet', 'retweet retweets retweeted retweeting'],
  ['grill', 'grilled grilling'],
  ['compliment', 'complimented complimenting'],
  ['commend', 'commend commends commended commending'],
  ['encourage', 'encourage encourages encouraged encouraging'],
  ['acclaim', 'acclaimed'],
  // Disagreement, requests and apologies: each reports what was said.
  ['disagree', 'disagree disagrees disagreed disagreeing', 'with that'],
  ['object', 'objected objecting', 'to that'],
  ['protest', 'protested protesting'],
  ['contest', 'contested contesting'],
  ['refute', 'refute refutes refuted refuting'],
  ['rebut', 'rebut rebuts rebutted rebutting'],
  ['contradict', 'contradicted'],
  ['request', 'requested requesting'],
  ['plead', 'pleaded pleads pleading pled', 'for with'],
  ['beg', 'begged begging'],
  ['apologise', 'apologise apologises apologised apologising apologize apologizes apologized apologizing'],
  ['thank', 'thanked thanking'],
  // Attitudes towards a person or policy, which the article ascribes as positions.
  ['admire', 'admire admires admired admiring'],
  // "My father would have loved Trump": only the inflected verb (the bare "love" is as often the noun; "loved ones" is a noun phrase).
  ['love', 'loves loved'],
  ['despise', 'despise despises despised'],
  ['resent', 'resent resents resented'],
  ['favour', 'favour favours favoured favor favors favored'],
  ['prefer', 'prefer prefers preferred'],
  ['see', 'see sees saw', 'as'],
  // "see/view/regard X as Y", "painted Romney as an out-of-touch rich guy": a judgement of X, as-phrase and all.
  ['view', 'view views viewed viewing', 'as'],
  ['regard', 'regard regards regarded', 'as'],
  ['paint', 'paints painted', 'as'],
  ['put', 'put puts', 'it'],
  ['portray', 'portray portrays portrayed portraying'],
  ['depict', 'depict depicts depicted depicting'],
  ['dub', 'dubbed'],
  ['refer', 'referred referring refers', 'to'],
  ['lay', 'lay laid lays laying', 'out'],
  ['weigh', 'weigh weighs weighed weighing', 'in'],
  // Questioning someone on a topic: "pressed him on his failure to ...", "when pressed on why ..." (only the past:
  // "press" and "pressing" are mostly the noun and the adjective, "press gaggle", "a pressing issue").
  ['press', 'pressed', 'on about'],
  // Cognition and stance verbs: what someone knows, feels, hopes or expects is a position the
  // article ascribes to them.
  ['know', 'know knows knew'],
  ['feel', 'feel feels felt'],
  ['hope', 'hope hopes hoped hoping'],
  ['expect', 'expect expects expected'],
  ['fear', 'fear fears feared'],
  ['doubt', 'doubt doubts doubted'],
  // Only the bare form: "suspects" and "suspected" are far more often the noun and the adjective ("terror suspects").
  ['suspect', 'suspect'],
  ['wonder', 'wonder wonders wondered wondering'],
  ['assume', 'assume assumes assumed'],
  ['understand', 'understand understands'],
  ['recognise', 'recognise recognises recognised recognize recognizes recognized'],
  // "..., perhaps recognizing that imitation is the best form of flattery": the participle only before "that"; elsewhere it
  // is as often an act as a position ("a way of recognising young people", "an accord recognising the government").
  ['recognise', 'recognising recognizing', 'that'],
  ['support', 'support supports supported'],
  ['echo', 'echo echoes echoed echoing'],
  ['hail', 'hail hails hailed hailing'],
  ['laud', 'laud lauds lauded lauding'],
  ['extol', 'extol extols extolled extolling'],
  ['denounce', 'denounce denounces denounced denouncing'],
  ['deride', 'deride derides derided deriding'],
  ['bemoan', 'bemoan bemoans bemoaned bemoaning'],
  ['rail', 'rail rails railed railing', 'against at'],
  // Open displeasure at a claim or a move, a position towards it: "bristled at the continued questions about ...",
  // "was balking at China's colonization of the South China Sea" (only with "at": "a bristling moustache").
  ['bristle', 'bristle bristles bristled bristling', 'at'],
  ['balk', 'balk balks balked balking baulk baulks baulked baulking', 'at'],
  ['implore', 'implore implores implored imploring'],
  ['exhort', 'exhort exhorts exhorted exhorting'],
  ['characterise', 'characterise characterises characterised characterize characterizes characterized characterizing'],
  ['conclude', 'conclude concludes concluded'],
  ['learn', 'learned learnt'],
  ['comment', 'commented commenting'],
  ['proclaim', 'proclaim proclaims proclaimed proclaiming'],
  ['chant', 'chanted chanting'],
  ['shout', 'shouted shouting'],
  ['yell', 'yelled yelling'],
  ['repeat', 'repeated repeats'],
  ['reiterate', 'reiterate reiterates reiterated reiterating'],
  ['lambast', 'lambast lambasts lambasted lambasting lambaste lambastes'],
  ['applaud', 'applaud applauds applauded applauding'],
  ['downplay', 'downplay downplays downplayed downplaying'],
  ['pooh-pooh', 'pooh-pooh pooh-poohs pooh-poohed pooh-poohing'],
  ['propound', 'propound propounds propounded propounding'],
  ['charge', 'charged', 'that'],
  ['rule', 'rule rules ruled', 'that against'],
  ['advocate', 'advocates advocated advocating'],
  // Stances with an infinitive complement ("wants to cut taxes", "agreed to step down"): weak, so
  // they count only with "to ..." or "that ..." after them.
  ['want', 'wants wanted'],
  ['plan', 'plans planned'],
  ['intend', 'intends intended'],
  ['decide', 'decided decides'],
  ['offer', 'offered offers'],
  ['decline', 'declined declines'],
  ['refuse', 'refused refuses'],
  ['show', 'shows showed shown'],
  // "sought to protect", "aims to rely less on", "voted to hold X in contempt": an aim or a vote with its infinitive.
  ['seek', 'seek seeks sought seeking'],
  ['aim', 'aims aimed'],
  ['vote', 'votes voted'],
];

export interface CueForm {
  lemma: string;
  /** Words one of which must follow directly ("call" + for/on); undefined when none is needed. */
  needs?: ReadonlySet<string>;
}

export const CUE_FORMS: ReadonlyMap<string, CueForm> = (() => {
  const m = new Map<string, CueForm>();
  for (const [lemma, forms, needs] of CUE_TABLE) {
    for (const f of verbForms(forms)) {
      m.set(f, needs ? { lemma, needs: new Set(verbForms(needs)) } : { lemma });
    }
  }
  return m;
})();

/**
 * Predicative adjectives of attitude, cues with their topic after "of"/"about"/"on"/"over": "has been critical of
 * Trump", "were coy about whether ...". Not in CUE_FORMS: elsewhere they modify a noun ("An artist critical of X").
 */
/** The days of the week and the deictic days, lower case: time words, never a topic or a subject. */
export const DAY_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)$/;
/** The months, lower case ("may" too: callers that may meet Theresa May check capitals or context). */
export const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

export const STANCE_ADJECTIVES = new Set(verbForms('critical supportive skeptical sceptical dismissive wary coy vague passionate bullish bearish enthusiastic scathing optimistic pessimistic'));
const STANCE_TOPICS = new Set(['of', 'about', 'on', 'over']);
export const isStanceTopic = (w: string | undefined): boolean => STANCE_TOPICS.has(w ?? '');

/**
 * Cue forms that do not end a noun phrase when a subject is scanned back ("Insurers that had backed the mine
 * agreed ..."): "backed Clinton" is a stance, but the form is as often inside a relative clause.
 */
export const SOFT_CUE_FORMS: ReadonlyMap<string, CueForm> = new Map([
  ...verbForms('backs backed backing').map((f): [string, CueForm] => [f, { lemma: 'back' }]),
  // "..., painting Trump as a Romney caricature": the participle judges like "painted X as Y", but "painting" is as
  // often the noun ("won the Jerwood painting prize"), so it must not end a subject scanned back.
  ['painting', { lemma: 'paint', needs: new Set(['as']) }],
  // '“...,” said Caddell, speaking of Clinton’s health': the participle reports its topic like "spoke of", but "speaking"
  // mostly opens an appositive ("Trump, speaking to a veterans group, said"), so it must not end a subject scanned back.
  ['speaking', { lemma: 'speak', needs: new Set(['of', 'about']) }],
  // A work or its author setting out what happened: "The film documents how ...", "She also chronicles the deaths ...".
  // "documents" is as often the noun ("leaked documents from his tax return show"), so these do not end a subject either.
  ...verbForms('documents documented').map((f): [string, CueForm] => [f, { lemma: 'document' }]),
  ...verbForms('chronicles chronicled').map((f): [string, CueForm] => [f, { lemma: 'chronicle' }]),
  // "The watchdog rated most of the claims as false": rating X as Y is a judgement like "view X as Y"; "rated" is as
  // often an adjective ("the highly rated minister"), so it too leaves a subject scanned back whole.
  ...verbForms('rates rated').map((f): [string, CueForm] => [f, { lemma: 'rate', needs: new Set(['as']) }]),
  // "Trump is casting himself as a champion of the little guy": casting X as Y presents X as something, like "painted X
  // as Y"; "cast" is as often a vote, doubt or a film's cast, and "casting" a noun ("the casting director"), so soft.
  ...verbForms('cast casts casting').map((f): [string, CueForm] => [f, { lemma: 'cast', needs: new Set(['as']) }]),
]);

/** Cues that usually take a listener before the reported clause: "told the BBC (that) ...". */
export const OBJECT_CUES = new Set(['tell', 'urge', 'warn', 'accuse', 'ask', 'brief', 'remind', 'assure', 'inform']);

/** Cues so weak that they count only with a clear complement ("that ..." or a quotation). */
export const WEAK_CUES = new Set(['make-clear', 'continue', 'signal', 'counter', 'state', 'agree', 'forecast', 'want', 'plan', 'intend', 'decide', 'offer', 'decline', 'refuse', 'show', 'seek', 'aim', 'vote']);

/** What "shows" a finding by itself ("Polls show Clinton ahead"); other subjects need "shows that". */
export const EVIDENCE_NOUNS = new Set(verbForms(`
  poll polls survey surveys data study studies analysis report reports figures average averages numbers
  research video footage transcript transcripts records documents statistics census filings returns
`));

/** Weak cues whose infinitive complement ("agreed to ...", "wants Britain to ...") is the reported content. */
/** Judgements of an object "as" something ("see X as Y"): inside an earlier report they are part of it. */
export const AS_CUES = new Set(['see', 'view', 'regard', 'paint']);

export const INFINITIVE_CUES = new Set(['agree', 'want', 'plan', 'intend', 'decide', 'offer', 'decline', 'refuse', 'pledge', 'vow', 'promise', 'threaten', 'seek', 'aim', 'vote']);

/** Auxiliaries and adverbs that may stand between a source and its cue; they join the cue span. */
export const CUE_MODIFIERS = new Set(verbForms(`
  has have had is was were are be been being will would shall should could can may might must did does do
  not never also already reportedly allegedly previously repeatedly later then again once often publicly privately
  recently earlier subsequently further yesterday today tonight now still just even clearly openly separately
  n't once famously widely apparently first initially originally heard quoted overheard as
  almost nearly long since ever always together jointly
`));

/** Words that end a source noun phrase when scanning back from a cue. */
export const NP_STOP = new Set(verbForms(`
  that and but while as because when if although though after before which so however whereas since until
  where whether or nor yet than said says told what
`));

export const PRONOUNS: ReadonlyMap<string, { gender: 'm' | 'f' | 'n' | 'p' | 'x' }> = new Map([
  ['he', { gender: 'm' }],
  ['she', { gender: 'f' }],
  ['they', { gender: 'p' }],
  ['it', { gender: 'n' }],
  ['i', { gender: 'x' }],
  ['we', { gender: 'p' }],
  ['who', { gender: 'x' }],
]);

export const MALE_TITLES = new Set(['mr', 'mr.', 'sir', 'lord', 'baron', 'king', 'prince', 'father']);
export const FEMALE_TITLES = new Set(['ms', 'ms.', 'mrs', 'mrs.', 'miss', 'dame', 'lady', 'baroness', 'queen', 'princess']);
export const NEUTRAL_TITLES = new Set(['dr', 'dr.', 'prof', 'prof.', 'professor', 'rev', 'rev.', 'mx', 'rt', 'hon']);

/** Role words: they describe a person rather than name one ("Environment Secretary Steve Reed"). */
export const ROLE_WORDS = new Set(verbForms(`
  secretary minister chancellor leader president vice chairman chairwoman chair chairperson director
  spokesman spokeswoman spokesperson mp mps mep msp am senator sen. sen governor gov. gov mayor councillor
  candidate nominee premier treasurer attorney general judge justice commissioner chief executive ceo
  officer adviser advisor aide economist analyst professor head founder convenor convener deputy shadow
  speaker whip member representative rep. rep congressman congresswoman ambassador prime first campaigner
  strategist pollster official officials spokesmen manager editor correspondent columnist lawyer host
  press sheriff commander general colonel captain sergeant chancellor peer lord
`));

/** Words whose presence in a capitalised name marks it as an organisation. */
export const ORG_WORDS = new Set(verbForms(`
  party council union committee office department ministry commission agency association institute
  foundation group corporation inc ltd plc bank trust times post news bbc campaign government court
  university federation confederation chamber chambers centre center society league network company
  authority board service services police parliament assembly senate congress house executive forum
  alliance coalition organisation organization club fund industry unit tribunal cabinet treasury
  administration agency bureau journal herald telegraph guardian mail express press tv radio programme
  times review institute labs council's together cbi tuc nhs fbi cia nato un eu gop dnc rnc lords commons
  action operation fellowship
`));

/** Words whose presence in a capitalised name marks it as a place. */
export const PLACE_WORDS = new Set(verbForms(`
  airport street road avenue square bridge river island islands county city town village valley mountains
  coast bay harbour harbor station lake sea ocean district borough constituency province
  kingdom republic midlands temple mosque cathedral synagogue
`));

/** Political organisations of the UK and US press that appear without an organisation word. */
export const KNOWN_ORGS = new Map<string, string>([
  ['labour', 'Labour Party'],
  ['tories', 'Conservative Party'],
  ['tory', 'Conservative Party'],
  ['conservatives', 'Conservative Party'],
  ['liberal democrats', 'Liberal Democrats'],
  ['lib dems', 'Liberal Democrats'],
  // The singular is the party's adjective ("the Liberal Democrat leader"), never a person's name.
  ['liberal democrat', 'Liberal Democrats'],
  ['lib dem', 'Liberal Democrats'],
  ['conservative', 'Conservative Party'],
  ['snp', 'SNP'],
  ['plaid cymru', 'Plaid Cymru'],
  ['ukip', 'UKIP'],
  ['reform', 'Reform UK'],
  ['reform uk', 'Reform UK'],
  ['greens', 'Green Party'],
  ['republicans', 'Republicans'],
  ['democrats', 'Democrats'],
  ['gop', 'Republican Party'],
  ['white house', 'White House'],
  ['downing street', 'Downing Street'],
  ['lords', 'House of Lords'],
  ['commons', 'House of Commons'],
  ['number 10', 'Downing Street'],
  ['no 10', 'Downing Street'],
  ['kremlin', 'Kremlin'],
  ['pentagon', 'Pentagon'],
  ['whitehall', 'Whitehall'],
  ['treasury', 'Treasury'],
  ['home office', 'Home Office'],
  ['foreign office', 'Foreign Office'],
  ['the government', 'Government'],
]);

/** Lower-case nouns that head a description of a person or group ("a senior source", "one MP"). */
export const PERSON_NOUNS = new Set(verbForms(`
  source sources official officials aide aides insider insiders mp mps spokesman spokeswoman spokesperson
  minister ministers critic critics supporter supporters campaigner campaigners expert experts analyst analysts
  economist economists member members adviser advisers advisor advisors colleague colleagues ally allies
  figure figures observer observers voter voters resident residents worker workers leader leaders people
  person man woman friend friends diplomat diplomats executive executives lawyer lawyers researcher researchers
  politician politicians candidate candidates chancellor secretary president premier governor senator mayor
  party government campaign group spokespeople staff team report study poll survey statement
  backbencher backbenchers peer peers rebel rebels organisers organizers officer officers police
  doctor doctors teacher teachers union unions firm firms company companies business businesses
  director directors chairman chairwoman chief leadership department ministry committee
  republicans democrats conservatives liberals progressives activists advocates opponents proponents scientists
  scholars academics historians strategists pollsters operatives lawmakers legislators senators congressmen
  lawmaker legislator congressman congresswoman congresswomen
  investigators prosecutors detectives authorities regulators residents citizens americans britons europeans
  economists observers commentators insiders advisors aides spokesmen parents families victims witnesses
  attorney attorneys relatives employees judges groups organisations organizations agencies
  analyses studies polls surveys reports
  parties councils charities
`));

/** Plural nouns for kinds of people: "environmentalists", "protesters", "physicians", "residents". */
export const PEOPLE_SUFFIX = /^[a-z]{3,}(?:ists|ers|ians|ants|ents|ors)$/;

/** Words that make up a time adverbial trailing a subject ("Bob Geldof in July said"). */
export const TIME_WORDS = new Set(verbForms(`
  january february march april may june july august september october november december monday tuesday
  wednesday thursday friday saturday sunday week weeks month months year years morning afternoon evening
  night weekend day days earlier later last this next yesterday today tonight recently ago on in at the
  past previous same time
`));

export const ANON_DETERMINERS = new Set(['a', 'an', 'one', 'some', 'several', 'many', 'two', 'three', 'other', 'another', 'senior', 'most', 'few']);

/** Common given names with a clear gender, for pronoun agreement before any title is seen. */
export const MALE_NAMES = new Set(verbForms(`
  john james david michael robert william richard thomas charles christopher daniel matthew anthony mark donald
  steven steve paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob
  gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory frank alexander
  raymond patrick jack dennis jerry tyler aaron jose adam henry nathan douglas zachary peter kyle walter
  ethan jeremy harold keith christian roger noah gerald carl terry sean austin arthur lawrence jesse dylan
  bryan joe jordan billy bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene vincent
  russell louis philip bobby johnny bradley tony gordon keir boris rishi nigel ed ben liam jeremy nick
  iain ian alastair alistair vince tom tim bill barack mike mitch ted marco rand chris newt
  bernie jeb rudy reince sean hugh neil gavin kwasi sajid sadiq wes jonny andy
  lee darren craig alex rory dominic michael oliver jacob angus malcolm murray kenny lewis
`));
export const FEMALE_NAMES = new Set(verbForms(`
  mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra
  ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura
  cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine
  debra rachel catherine carolyn janet ruth maria heather diane virginia julie joyce victoria olivia kelly
  christina lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann
  teresa theresa kathryn sara janice jean alice madison doris abigail julia judy grace denise amber
  marilyn beverly danielle theresa sophia marie diana brittany natalie isabella charlotte rose alexis
  kayla hillary hilary chelsea melania ivanka kellyanne nicola yvette harriet angela priti liz suella
  kemi jo jess caroline anneliese bridget lucy louise jane penny nadine andrea ruth harriet dawn diane
  kamala nancy elizabeth sarah tulsi nikki condoleezza madeleine sally gillian lindsay claire clare fiona
  shirley mhairi leanne natalie esther wendy jacqui margaret
`));

/** Personal pronouns in the subject case, not "it": "he said", "they argued". */
export const PERSONAL_SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i']);
