// Given names that are one name in two forms ("Jim" / "James", "Freddie" / "Frederick"): news
// calls a politician by either, and a node per form would be a duplicate person.

const FORMS: Record<string, readonly string[]> = {
  james: ['jim', 'jimmy', 'jamie'],
  anthony: ['tony'],
  antony: ['tony'],
  william: ['bill', 'billy', 'will', 'willie'],
  robert: ['bob', 'bobby', 'rob', 'robbie'],
  michael: ['mike', 'mick', 'mickey'],
  kenneth: ['ken', 'kenny'],
  christopher: ['chris'],
  christine: ['chris'],
  david: ['dave', 'davy'],
  stephen: ['steve'],
  steven: ['steve'],
  nicholas: ['nick', 'nicky'],
  thomas: ['tom', 'tommy'],
  richard: ['dick', 'rick', 'ricky', 'richie'],
  edward: ['ed', 'eddie', 'ted', 'teddy', 'ned'],
  andrew: ['andy', 'drew'],
  patrick: ['pat', 'paddy'],
  patricia: ['pat', 'trish'],
  elizabeth: ['liz', 'beth', 'betty', 'lizzie'],
  margaret: ['maggie', 'meg', 'peggy'],
  susan: ['sue', 'suzy'],
  catherine: ['kate', 'katie', 'cathy'],
  katherine: ['kate', 'katie', 'kathy'],
  john: ['jack', 'johnny'],
  henry: ['harry'],
  charles: ['charlie', 'chuck'],
  joseph: ['joe', 'joey'],
  benjamin: ['ben'],
  samuel: ['sam'],
  daniel: ['dan', 'danny'],
  matthew: ['matt'],
  peter: ['pete'],
  philip: ['phil'],
  phillip: ['phil'],
  geoffrey: ['geoff'],
  jeffrey: ['jeff'],
  alexander: ['alex'],
  alexandra: ['alex'],
  frederick: ['fred', 'freddie', 'freddy'],
  ronald: ['ron', 'ronnie'],
  donald: ['don'],
  douglas: ['doug'],
  gregory: ['greg'],
  timothy: ['tim'],
  jonathan: ['jon'],
  raymond: ['ray'],
  leonard: ['len', 'lenny'],
  gerald: ['gerry'],
  terence: ['terry'],
  vincent: ['vince'],
  barbara: ['barb'],
  deborah: ['debbie', 'deb'],
  rebecca: ['becky'],
  jennifer: ['jenny', 'jen'],
};

const FULL_FORMS = new Map<string, Set<string>>();
for (const [full, short] of Object.entries(FORMS)) {
  for (const form of [full, ...short]) {
    const set = FULL_FORMS.get(form) ?? new Set<string>();
    set.add(full);
    FULL_FORMS.set(form, set);
  }
}

/** Whether two lower-case given names can be the same person's ("jim", "james"). */
export function sameGivenName(a: string, b: string): boolean {
  if (a === b) return true;
  const fa = FULL_FORMS.get(a);
  const fb = FULL_FORMS.get(b);
  if (!fa || !fb) return false;
  for (const f of fa) if (fb.has(f)) return true;
  return false;
}
