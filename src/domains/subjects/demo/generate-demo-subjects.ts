// Deterministic demo subjects for Nanshan District (南山区), Shenzhen. Subject i
// depends only on (seed, i): it draws from its own PRNG stream and takes its
// identifiers from bijections of i, so the same (count, seed) gives the same
// subjects byte for byte, the first k of any count are the same k subjects, and
// no two subjects share a code, an organisation code or an ID number.
import type { SubjectInput } from '../schema.js';
import { demoOrgCode, demoRegistrationNo, demoResidentId, demoUscc, MAX_DEMO_SUBJECTS } from './demo-codes.js';
import {
  brandName, cooperativeName, enterpriseName, governmentName, institutionName, personName, shopName, socialOrgName, writtenVariant,
} from './demo-names.js';
import { ENTERPRISE_SECTION_WEIGHTS, SHOP_SECTION_WEIGHTS } from './industries.js';
import { communityAddress, officeAddress, pickStreet, streetAddress } from './places.js';
import { createRandom, type Random } from './random.js';

export interface DemoOptions {
  count: number;
  seed: number;
}

/** USCC prefix (authority + category, GB 32100-2015) or 'person', with its share of all subjects in %. */
type Kind = '91' | '93' | '92' | '51' | '52' | '53' | '12' | '11' | 'person';
const KINDS: readonly (readonly [Kind, number])[] = [
  ['91', 79.5], ['93', 0.5], ['92', 12], ['51', 1.5], ['52', 1.2], ['53', 0.3], ['12', 3], ['11', 1], ['person', 1],
];
const TYPE_OF = {
  '91': 'enterprise', '93': 'enterprise', '92': 'individual_business', '51': 'social_org', '52': 'social_org',
  '53': 'social_org', '12': 'institution', '11': 'government', person: 'person',
} as const;

/** Where organisations are registered: mostly Nanshan, then the city registry, then other districts. */
const DIVISIONS: readonly (readonly [string, number])[] = [
  ['440305', 70], ['440300', 15], ['440304', 4], ['440306', 4], ['440303', 2], ['440307', 2], ['440309', 2],
  ['440308', 0.3], ['440310', 0.3], ['440311', 0.4],
];
/** Individual businesses, institutions, social organisations and organs: registered by the district, some by the city. */
const DISTRICT_DIVISIONS: readonly (readonly [string, number])[] = [['440305', 92], ['440300', 8]];

/** The USCC replaced organisation codes from 2015-10-01; subjects set up before carry legacy identifiers. */
const USCC_START = '2015-10-01';
const LAST_DATE = Date.UTC(2025, 11, 31);

function yearWeights(from: number, to: number, weight: (year: number) => number): (readonly [number, number])[] {
  return Array.from({ length: to - from + 1 }, (_, i) => [from + i, weight(from + i)] as const);
}
/** Shenzhen's registrations grew steadily and surged after the 2014 commercial registration reform. */
const FOUNDING_YEARS: Readonly<Record<Kind, (readonly [number, number])[]>> = {
  '91': yearWeights(1985, 2025, (y) => (y < 1995 ? 1 : y < 2005 ? 3 : y < 2014 ? 8 : y < 2022 ? 16 : 12)),
  '93': yearWeights(2008, 2025, () => 1),
  '92': yearWeights(1990, 2025, (y) => (y < 2000 ? 0.3 : y < 2010 ? 2 : y < 2016 ? 6 : 12)),
  '51': yearWeights(1992, 2025, (y) => (y < 2005 ? 1 : 2)),
  '52': yearWeights(1998, 2025, (y) => (y < 2010 ? 1 : 2)),
  '53': yearWeights(2005, 2025, () => 1),
  '12': yearWeights(1985, 2020, () => 1),
  '11': yearWeights(1990, 2019, (y) => (y === 1990 || y === 2019 ? 8 : 1)),
  person: [],
};

function foundingDate(random: Random, kind: Kind): string {
  const year = random.weighted(FOUNDING_YEARS[kind]);
  const start = Date.UTC(year, 0, 1);
  const days = (Math.min(Date.UTC(year + 1, 0, 1), LAST_DATE + 86_400_000) - start) / 86_400_000;
  return new Date(start + random.int(0, days - 1) * 86_400_000).toISOString().slice(0, 10);
}

/** 95% 存续, 4% 注销, 1% 吊销 (only market entities have a licence to revoke). */
function status(random: Random, kind: Kind): SubjectInput['status'] {
  const s = random.weighted([['active', 95], ['deregistered', 4], ['revoked', 1]] as const);
  return s === 'revoked' && !['91', '92', '93'].includes(kind) ? 'deregistered' : s;
}

const PROFESSIONS: readonly (readonly [string, number])[] = [
  ['L', 3], ['Q', 3], ['P', 3], ['M', 2], ['S', 2], ['J', 2], ['F', 1],
];

function demoPerson(random: Random, index: number, seed: number): SubjectInput {
  const street = pickStreet(random);
  return {
    type: 'person',
    idNumber: demoResidentId(index, seed).idNumber,
    name: personName(random),
    address: communityAddress(random, street),
    street,
    divisionCode: '440305',
    // The section of the person's profession: lawyers (L), doctors (Q), teachers (P), researchers (M) …
    industry: random.weighted(PROFESSIONS),
    status: 'active',
  };
}

function organisationName(random: Random, kind: Exclude<Kind, 'person'>): { name: string; industry: string; brand: string; rename: () => string } {
  const brand = brandName(random);
  switch (kind) {
    case '91': {
      const industry = random.weighted(ENTERPRISE_SECTION_WEIGHTS);
      return {
        name: enterpriseName(random, industry, { brand }), industry, brand,
        // A former name keeps the trade name and changes the business, or the reverse.
        rename: () => enterpriseName(random, industry, random.chance(0.5) ? { brand } : {}),
      };
    }
    case '92': {
      const industry = random.weighted(SHOP_SECTION_WEIGHTS);
      return { name: shopName(random, industry), industry, brand, rename: () => shopName(random, industry) };
    }
    case '93': return { name: cooperativeName(random), industry: 'A', brand, rename: () => cooperativeName(random) };
    case '51': case '52': case '53': {
      const industry = kind === '52' ? random.pick(['P', 'Q', 'S']) : 'S';
      return { name: socialOrgName(random, kind), industry, brand, rename: () => socialOrgName(random, kind) };
    }
    case '12': {
      const { name, industry } = institutionName(random);
      return { name, industry, brand, rename: () => institutionName(random).name };
    }
    case '11': return { name: governmentName(random), industry: 'S', brand, rename: () => governmentName(random) };
  }
}

function address(random: Random, kind: Kind, division: string, street: string | undefined, brand: string): string {
  if (street === undefined || kind === '91') return officeAddress(random, division, street, brand);
  return kind === '92' || kind === '93' ? communityAddress(random, street) : streetAddress(random, street);
}

function demoOrganisation(random: Random, kind: Exclude<Kind, 'person'>, index: number, seed: number): SubjectInput {
  const org = organisationName(random, kind);
  const establishedOn = foundingDate(random, kind);
  const legacy = establishedOn < USCC_START;
  const orgCode = demoOrgCode(index, seed, !legacy);
  const division = random.weighted(kind === '91' ? DIVISIONS : DISTRICT_DIVISIONS);
  const street = division === '440305' || division === '440300' ? pickStreet(random) : undefined;
  const formerCount = random.weighted([[0, 90], [1, 7], [2, 3]] as const);
  const formerNames = [...new Set(Array.from({ length: formerCount }, org.rename))].filter((n) => n !== org.name);
  const aliases = legacy && random.chance(0.3)
    ? [{ scheme: 'org_code' as const, value: orgCode },
      ...(kind === '91' || kind === '92' || kind === '93' ? [{ scheme: 'registration_no' as const, value: demoRegistrationNo(index, seed) }] : [])]
    : [];
  return {
    type: TYPE_OF[kind],
    code: demoUscc(kind, division, orgCode),
    name: random.chance(0.01) ? writtenVariant(random, org.name) : org.name,
    ...(formerNames.length > 0 && { formerNames }),
    legalRep: personName(random),
    address: address(random, kind, division, street, org.brand),
    ...(street !== undefined && { street }),
    industry: org.industry,
    establishedOn,
    status: status(random, kind),
    ...(aliases.length > 0 && { aliases }),
  };
}

/** Demo subject number `index` (0-based) of the demo set `seed`. */
export function demoSubject(index: number, seed: number): SubjectInput {
  const random = createRandom(seed, index);
  const kind = random.weighted(KINDS);
  return kind === 'person' ? demoPerson(random, index, seed) : demoOrganisation(random, kind, index, seed);
}

/** `count` demo subjects of the demo set `seed`, generated lazily (a million need not sit in memory). */
export function* generateDemoSubjects({ count, seed }: DemoOptions): Generator<SubjectInput> {
  if (!Number.isSafeInteger(count) || count < 0 || count > MAX_DEMO_SUBJECTS) {
    throw new RangeError(`count must be an integer from 0 to ${MAX_DEMO_SUBJECTS}`);
  }
  if (!Number.isSafeInteger(seed)) throw new RangeError('seed must be an integer');
  for (let i = 0; i < count; i++) yield demoSubject(i, seed);
}
