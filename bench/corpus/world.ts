// The cast of the synthetic corpus: people, organisations, places, topics and roles, built
// deterministically from the seed. Rank order is popularity order: person 0 is quoted most.

import { Rng } from './prng.js';
import {
  COMPASS, DEPARTMENTS, FEMALE_NAMES, MALE_NAMES, OUTLETS, PARTIES, POLLSTERS, SURNAMES, THINK_TANK_TOPICS,
  THINK_TANK_WORDS, TOPICS, TOWNS, UNION_NAMES,
} from './lexicon.js';
import type { OutletSpec, PartySpec, TopicSpec } from './lexicon.js';
import type { EntityRow, MembershipRow, OrganisationKind, RoleRow } from '../../src/model/bundle.js';

export interface Org {
  id: string;
  name: string;
  /** How prose refers to it after the first mention ("the Greens", "the institute"). */
  short: string;
  kind: OrganisationKind;
}

export interface Place {
  id: string;
  name: string;
}

export interface Person {
  id: string;
  first: string;
  surname: string;
  full: string;
  female: boolean;
  /** "Mr Hartley", "Sir James", "Dr Patel". */
  honorific: string;
  /** Prose before the name on first mention: "Chancellor", "Melton MP", "Progress MP". */
  preTitle: string;
  /** Appositive after the name: "chief executive of the Civic Renewal Trust". */
  apposition: string | null;
  /** A unique definite description usable alone ("the Chancellor"), when the role has one. */
  definite: string | null;
  party: PartySpec | null;
  partyOrg: Org | null;
  role: { title: string; org: Org | null; place: Place | null };
}

export interface World {
  seed: string;
  people: Person[];
  parties: Org[];
  partySpecs: readonly PartySpec[];
  government: Org;
  departments: Org[];
  thinkTanks: Org[];
  unions: Org[];
  pollsters: Org[];
  outlets: { org: Org; spec: OutletSpec }[];
  places: Place[];
  topics: { id: string; spec: TopicSpec }[];
}

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function org(prefix: string, name: string, short: string, kind: OrganisationKind): Org {
  return { id: `org_${prefix}${slug(name)}`, name, short, kind };
}

export function defaultPeopleCount(articles: number): number {
  return Math.min(20_000, Math.max(300, Math.round(articles / 8)));
}

function uniqueName(rng: Rng, female: boolean, used: Set<string>): [string, string] {
  for (let attempt = 0; ; attempt++) {
    let first: string = rng.pick(female ? FEMALE_NAMES : MALE_NAMES);
    const surname = rng.pick(SURNAMES);
    // Past a few collisions, a middle initial keeps every full name unique at any scale.
    if (attempt > 4) first = `${first} ${String.fromCharCode(65 + rng.int(0, 25))}.`;
    if (!used.has(`${first} ${surname}`)) return [first, surname];
  }
}

export function buildWorld(seed: string, peopleCount: number): World {
  const rng = new Rng(`${seed}/world`);
  const parties = PARTIES.map((p) => org('', p.name, p.short, 'party'));
  const government = org('', 'the government', 'the government', 'government');
  const departments = DEPARTMENTS.map((d) => org('', d.dept, `the ${d.dept}`, 'department'));
  const thinkTanks = THINK_TANK_TOPICS.map((t, i) => {
    const word = THINK_TANK_WORDS[i % THINK_TANK_WORDS.length] as string;
    return org('', `${word} for ${t}`, `the ${word.toLowerCase()}`, 'think_tank');
  });
  const unions = UNION_NAMES.map((u) => org('', u, `the ${u.split(' ').pop()?.toLowerCase() ?? 'union'}`, 'union'));
  const pollsters = POLLSTERS.map((p) => org('', p, p, 'pollster'));
  const outlets = OUTLETS.map((spec) => ({ org: org('', spec.name, spec.phrase, spec.kind), spec }));

  const placeNames = new Set<string>();
  for (const town of TOWNS) placeNames.add(town);
  for (const town of TOWNS) for (const c of COMPASS) placeNames.add(`${c} ${town}`);
  const places = [...placeNames].map((name) => ({ id: `plc_${slug(name)}`, name }));

  const topics = TOPICS.map((spec) => ({ id: `top_${slug(spec.name)}`, spec }));

  const people: Person[] = [];
  const usedNames = new Set<string>();
  let constituency = 0;
  for (let rank = 0; rank < peopleCount; rank++) {
    const female = rng.chance(0.45);
    const [first, surname] = uniqueName(rng, female, usedNames);
    const full = `${first} ${surname}`;
    usedNames.add(full);
    const honoured = rng.chance(0.05);
    let honorific = honoured ? `${female ? 'Dame' : 'Sir'} ${first.split(' ')[0]}` : `${female ? 'Ms' : 'Mr'} ${surname}`;

    const governing = PARTIES[0] as PartySpec;
    const opposition = PARTIES[1] as PartySpec;
    let party: PartySpec | null = null;
    let preTitle = '';
    let apposition: string | null = null;
    let definite: string | null = null;
    let role: Person['role'];
    const deptIndex = rank - 2;
    if (rank === 0) {
      party = governing;
      preTitle = 'Prime Minister';
      definite = 'the prime minister';
      role = { title: 'Prime Minister', org: government, place: null };
    } else if (rank === 1) {
      party = opposition;
      preTitle = `${opposition.member} leader`;
      definite = `the ${opposition.member} leader`;
      role = { title: 'leader', org: parties[1] as Org, place: null };
    } else if (deptIndex >= 0 && deptIndex < DEPARTMENTS.length) {
      const d = DEPARTMENTS[deptIndex] as (typeof DEPARTMENTS)[number];
      party = governing;
      preTitle = d.title;
      definite = `the ${d.title}`;
      role = { title: d.long, org: departments[deptIndex] as Org, place: null };
    } else if (deptIndex >= DEPARTMENTS.length && deptIndex < 2 * DEPARTMENTS.length) {
      const d = DEPARTMENTS[deptIndex - DEPARTMENTS.length] as (typeof DEPARTMENTS)[number];
      party = opposition;
      preTitle = `shadow ${d.title.toLowerCase()}`;
      definite = `the shadow ${d.title.toLowerCase()}`;
      role = { title: `shadow ${d.long}`, org: parties[1] as Org, place: null };
    } else {
      const kind = rng.next();
      if (kind < 0.62 && constituency < places.length) {
        const place = places[constituency++] as Place;
        party = rng.chance(0.55) ? governing : (rng.pick(PARTIES) as PartySpec);
        preTitle = rng.chance(0.5) ? `${place.name} MP` : `${party.member} MP`;
        apposition = rng.chance(0.5) ? `the ${party.member} MP for ${place.name}` : null;
        role = { title: 'MP', org: parties[PARTIES.indexOf(party)] as Org, place };
      } else if (kind < 0.74) {
        const tank = rng.pick(thinkTanks);
        const title = rng.pick(['chief executive', 'director', 'head of research', 'senior fellow']);
        apposition = `${title} of the ${tank.name}`;
        role = { title, org: tank, place: null };
      } else if (kind < 0.84) {
        const union = rng.pick(unions);
        const title = rng.pick(['general secretary', 'president', 'chair']);
        apposition = `${title} of the ${union.name}`;
        role = { title, org: union, place: null };
      } else if (kind < 0.92) {
        const city = rng.pick(TOWNS);
        party = rng.pick(PARTIES) as PartySpec;
        preTitle = `${city} council leader`;
        role = { title: 'council leader', org: parties[PARTIES.indexOf(party)] as Org, place: null };
      } else {
        const field = rng.pick(['economics', 'public health', 'politics', 'energy policy']);
        const city = rng.pick(TOWNS);
        honorific = `Prof ${surname}`;
        apposition = `professor of ${field} at the University of ${city}`;
        role = { title: `professor of ${field}`, org: null, place: null };
      }
    }
    const partyOrg = party ? (parties[PARTIES.indexOf(party)] as Org) : null;
    people.push({
      id: `per_${slug(full)}`,
      first,
      surname,
      full,
      female,
      honorific,
      preTitle,
      apposition,
      definite,
      party,
      partyOrg,
      role,
    });
  }
  return {
    seed, people, parties, partySpecs: PARTIES, government, departments, thinkTanks, unions, pollsters, outlets,
    places, topics,
  };
}

export interface WorldRows {
  entities: EntityRow[];
  roles: RoleRow[];
  memberships: MembershipRow[];
}

/** The world as bundle rows: what a curated seed of the same cast would write. */
export function worldRows(world: World): WorldRows {
  const entities: EntityRow[] = [];
  const orgs: Org[] = [
    ...world.parties, world.government, ...world.departments, ...world.thinkTanks, ...world.unions,
    ...world.pollsters, ...world.outlets.map((o) => o.org),
  ];
  for (const o of orgs) {
    entities.push({ id: o.id, type: 'Organisation', name: o.name, aliases: o.short === o.name ? [] : [o.short], subtype: o.kind });
  }
  for (const p of world.places) entities.push({ id: p.id, type: 'Place', name: p.name, aliases: [], subtype: 'constituency' });
  for (const t of world.topics) entities.push({ id: t.id, type: 'Topic', name: t.spec.name, aliases: [] });
  const roles: RoleRow[] = [];
  const memberships: MembershipRow[] = [];
  for (const p of world.people) {
    entities.push({ id: p.id, type: 'Person', name: p.full, aliases: [p.honorific, p.surname], description: p.apposition });
    roles.push({
      id: `rol_${p.id.slice(4)}_1`,
      personId: p.id,
      title: p.role.title,
      organisationId: p.role.org?.id ?? null,
      placeId: p.role.place?.id ?? null,
      current: true,
    });
    if (p.partyOrg) memberships.push({ memberId: p.id, organisationId: p.partyOrg.id });
  }
  return { entities, roles, memberships };
}
