// Where the fictitious compounds sit: approximate centres of border towns and zones where compounds were reported.
import { at } from './time.js';

export type CompoundStatus = 'active' | 'raided' | 'relocated' | 'closed';

/** A town or zone, its rough centre, and how compounds there tended to end (dates are approximate). */
export interface Town {
  name: string;
  country: 'MM' | 'KH' | 'LA' | 'PH';
  lat: number;
  lon: number;
  /** How many of the compounds land here, relative to other towns. */
  weight: number;
  /** Status odds for compounds here, and the period a non-active status falls in. */
  outcomes: readonly (readonly [CompoundStatus, number])[];
  statusPeriod: readonly [number, number];
}

// prettier-ignore
export const TOWNS: readonly Town[] = [
  // Thai–Myanmar border, Karen State: the Moei river strip around Myawaddy.
  { name: 'Myawaddy', country: 'MM', lat: 16.688, lon: 98.508, weight: 5,
    outcomes: [['active', 5], ['raided', 3], ['relocated', 2]], statusPeriod: [at(2025, 2), at(2025, 11)] },
  { name: 'Shwe Kokko', country: 'MM', lat: 16.835, lon: 98.522, weight: 5,
    outcomes: [['active', 4], ['raided', 3], ['relocated', 2], ['closed', 1]], statusPeriod: [at(2025, 1), at(2025, 10)] },
  { name: 'KK Park area', country: 'MM', lat: 16.611, lon: 98.575, weight: 4,
    outcomes: [['active', 3], ['raided', 4], ['closed', 1]], statusPeriod: [at(2025, 2), at(2025, 11)] },
  { name: 'Payathonzu (Three Pagodas Pass)', country: 'MM', lat: 15.3, lon: 98.394, weight: 2,
    outcomes: [['active', 6], ['relocated', 2]], statusPeriod: [at(2024, 6), at(2025, 9)] },
  // Shan State, along the Thai, Lao and Chinese borders.
  { name: 'Tachileik', country: 'MM', lat: 20.447, lon: 99.882, weight: 3,
    outcomes: [['active', 5], ['raided', 2], ['relocated', 1]], statusPeriod: [at(2024, 1), at(2025, 8)] },
  { name: 'Laukkaing (Kokang)', country: 'MM', lat: 23.692, lon: 98.756, weight: 3,
    outcomes: [['raided', 4], ['closed', 3], ['relocated', 2]], statusPeriod: [at(2023, 10, 20), at(2024, 1, 10)] },
  { name: 'Mong La', country: 'MM', lat: 21.683, lon: 100.089, weight: 1,
    outcomes: [['active', 3], ['raided', 1]], statusPeriod: [at(2023, 11), at(2024, 12)] },
  // Laos: the Golden Triangle Special Economic Zone at Ton Pheung.
  { name: 'Golden Triangle SEZ', country: 'LA', lat: 20.361, lon: 100.101, weight: 4,
    outcomes: [['active', 6], ['raided', 2], ['relocated', 1]], statusPeriod: [at(2023, 8), at(2024, 9)] },
  // Cambodia: the coast, the Vietnamese and Thai borders, the capital.
  { name: 'Sihanoukville', country: 'KH', lat: 10.627, lon: 103.522, weight: 5,
    outcomes: [['active', 5], ['relocated', 3], ['raided', 1], ['closed', 1]], statusPeriod: [at(2022, 8), at(2023, 3)] },
  { name: 'Bavet', country: 'KH', lat: 11.068, lon: 106.137, weight: 2,
    outcomes: [['active', 5], ['relocated', 2]], statusPeriod: [at(2022, 9), at(2024, 6)] },
  { name: 'Poipet', country: 'KH', lat: 13.657, lon: 102.563, weight: 2,
    outcomes: [['active', 5], ['raided', 1]], statusPeriod: [at(2023, 6), at(2025, 7)] },
  { name: "O'Smach", country: 'KH', lat: 14.427, lon: 103.703, weight: 1,
    outcomes: [['active', 4], ['relocated', 1]], statusPeriod: [at(2023, 1), at(2025, 6)] },
  { name: 'Phnom Penh outskirts', country: 'KH', lat: 11.498, lon: 104.83, weight: 2,
    outcomes: [['active', 4], ['raided', 1], ['relocated', 1]], statusPeriod: [at(2022, 9), at(2025, 5)] },
  // Philippines: offshore-gaming (POGO) hubs, banned at the end of 2024.
  { name: 'Bamban, Tarlac', country: 'PH', lat: 15.274, lon: 120.569, weight: 1,
    outcomes: [['raided', 3], ['closed', 2]], statusPeriod: [at(2024, 3, 10), at(2024, 8)] },
  { name: 'Porac, Pampanga', country: 'PH', lat: 15.072, lon: 120.541, weight: 1,
    outcomes: [['raided', 3], ['closed', 2]], statusPeriod: [at(2024, 6), at(2024, 12)] },
  { name: 'Pasay, Metro Manila', country: 'PH', lat: 14.537, lon: 120.997, weight: 1,
    outcomes: [['closed', 3], ['raided', 2], ['relocated', 1]], statusPeriod: [at(2023, 9), at(2025, 1)] },
  { name: 'Las Piñas, Metro Manila', country: 'PH', lat: 14.445, lon: 120.983, weight: 1,
    outcomes: [['closed', 3], ['raided', 2]], statusPeriod: [at(2023, 6), at(2025, 1)] },
] as const;

/** NATO spelling words for generated compound names: "Compound Bravo-07 (fictitious)". */
// prettier-ignore
export const CALL_SIGNS = [
  'Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel', 'India', 'Juliett',
  'Kilo', 'Lima', 'Mike', 'November', 'Oscar', 'Papa', 'Quebec', 'Romeo', 'Sierra', 'Tango',
  'Uniform', 'Victor', 'Whiskey', 'X-ray', 'Yankee', 'Zulu',
] as const;

// prettier-ignore
export const SYNDICATE_ADJECTIVES = [
  'Crimson', 'Jade', 'Silver', 'Golden', 'Azure', 'Black', 'Ivory', 'Scarlet', 'Emerald', 'Onyx',
] as const;

// prettier-ignore
export const SYNDICATE_NOUNS = [
  'Lotus', 'Harbor', 'Crane', 'Dragonfly', 'Tiger', 'Orchid', 'Phoenix', 'Lantern', 'Carp', 'Peony',
] as const;

export const SYNDICATE_FORMS = ['Syndicate', 'Group', 'Network', 'Brotherhood'] as const;

/** Words for fictitious front companies (developers, landlords, "investment" firms). */
// prettier-ignore
export const FRONT_WORDS = [
  'Goldleaf', 'Blue Horizon', 'Everbright', 'Grand Mekong', 'Silk Road', 'Fortune Bay', 'Sunrise',
  'Pacific Star', 'Lucky Harbor', 'New Century', 'Riverside', 'Summit Peak', 'Oriental Pearl', 'Kingsway',
] as const;

// prettier-ignore
export const FRONT_FORMS = [
  'Investment Co.', 'Entertainment Group', 'Technology Ltd', 'Resort Development', 'Trading LLC',
  'Digital Services', 'Property Holdings',
] as const;

/** Lower-case, non-alphanumerics collapsed to `-`: the key form of names. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
