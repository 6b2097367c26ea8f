// Cluster ids and generated names, both deterministic: the id is `cl-` + 10 base32 characters of a hash of
// the founding member's id; the name (an alliterative adjective and animal, "Amber Heron") follows from the id.
import { sha256 } from '@noble/hashes/sha2.js';
import { base32crockford } from '@scure/base';

const ID_PATTERN = /^cl-[0-9a-hjkmnp-tv-z]{10}$/;

/** True when `id` has the shape of a cluster id. */
export function isClusterId(id: string): boolean {
  return ID_PATTERN.test(id);
}

const hashOf = (text: string) => sha256(new TextEncoder().encode(text));

/** The id of a cluster founded by `member`; a salted hash when that id is already `taken`. */
export function clusterIdFor(member: string, taken?: ReadonlySet<string>): string {
  for (let n = 0; ; n += 1) {
    const id = `cl-${base32crockford
      .encode(hashOf(n === 0 ? member : `${member}#${n}`))
      .slice(0, 10)
      .toLowerCase()}`;
    if (!taken?.has(id)) return id;
  }
}

/** Adjectives and animals per initial letter: a name pairs two of one letter. */
const WORDS: Record<string, [string[], string[]]> = {
  A: [
    ['Amber', 'Ashen', 'Agile', 'Arctic', 'Azure'],
    ['Albatross', 'Antelope', 'Adder', 'Alpaca', 'Avocet'],
  ],
  B: [
    ['Bold', 'Brisk', 'Bronze', 'Blue', 'Brave'],
    ['Badger', 'Bison', 'Buzzard', 'Barracuda', 'Beetle'],
  ],
  C: [
    ['Crimson', 'Clever', 'Copper', 'Calm', 'Cobalt'],
    ['Cobra', 'Condor', 'Coyote', 'Crane', 'Cricket'],
  ],
  D: [
    ['Dusky', 'Daring', 'Dapper', 'Dark', 'Dusty'],
    ['Dingo', 'Dolphin', 'Dove', 'Drake', 'Dormouse'],
  ],
  F: [
    ['Fierce', 'Frosty', 'Fleet', 'Fallow', 'Feral'],
    ['Falcon', 'Ferret', 'Finch', 'Fox', 'Flamingo'],
  ],
  G: [
    ['Golden', 'Grey', 'Gentle', 'Gilded', 'Grim'],
    ['Gecko', 'Gazelle', 'Gannet', 'Gibbon', 'Grouse'],
  ],
  H: [
    ['Hollow', 'Hazel', 'Hardy', 'Hidden', 'Humble'],
    ['Heron', 'Hare', 'Hornet', 'Hawk', 'Hyena'],
  ],
  I: [
    ['Ivory', 'Icy', 'Idle', 'Inky', 'Iron'],
    ['Ibis', 'Iguana', 'Impala', 'Ibex', 'Indri'],
  ],
  J: [
    ['Jade', 'Jolly', 'Jagged', 'Jet', 'Jaunty'],
    ['Jackal', 'Jaguar', 'Jay', 'Jellyfish', 'Jerboa'],
  ],
  K: [
    ['Keen', 'Khaki', 'Kindly', 'Knotty', 'Kingly'],
    ['Kestrel', 'Koala', 'Kite', 'Kudu', 'Kingfisher'],
  ],
  L: [
    ['Lunar', 'Lively', 'Lean', 'Lilac', 'Lucky'],
    ['Lynx', 'Lemur', 'Lizard', 'Llama', 'Lark'],
  ],
  M: [
    ['Misty', 'Mellow', 'Mighty', 'Marble', 'Molten'],
    ['Mantis', 'Marten', 'Moose', 'Magpie', 'Mongoose'],
  ],
  N: [
    ['Noble', 'Nimble', 'Night', 'Nutmeg', 'Neon'],
    ['Newt', 'Narwhal', 'Nightjar', 'Numbat', 'Nuthatch'],
  ],
  O: [
    ['Olive', 'Onyx', 'Odd', 'Opal', 'Orange'],
    ['Otter', 'Owl', 'Oriole', 'Oryx', 'Ocelot'],
  ],
  P: [
    ['Pale', 'Proud', 'Plum', 'Pearl', 'Prickly'],
    ['Panther', 'Pelican', 'Puffin', 'Python', 'Pangolin'],
  ],
  R: [
    ['Rusty', 'Rapid', 'Royal', 'Ruby', 'Restless'],
    ['Raven', 'Raccoon', 'Robin', 'Rattlesnake', 'Reindeer'],
  ],
  S: [
    ['Silent', 'Scarlet', 'Swift', 'Silver', 'Sly'],
    ['Seahorse', 'Sparrow', 'Stoat', 'Salamander', 'Shrike'],
  ],
  T: [
    ['Tawny', 'Tidy', 'Thistle', 'Timid', 'Teal'],
    ['Tiger', 'Toucan', 'Tortoise', 'Tapir', 'Tern'],
  ],
  V: [
    ['Velvet', 'Vivid', 'Violet', 'Vast', 'Vigilant'],
    ['Viper', 'Vulture', 'Vole', 'Vicuna', 'Vireo'],
  ],
  W: [
    ['Wily', 'Wintry', 'Woolly', 'Wandering', 'Wild'],
    ['Wolf', 'Walrus', 'Weasel', 'Wren', 'Wombat'],
  ],
};
const LETTERS = Object.keys(WORDS).sort();

/** The readable name generated from a cluster id, e.g. "Amber Heron"; the same id always gives the same name. */
export function generatedName(id: string): string {
  const h = hashOf(`name:${id}`);
  const letter = LETTERS[h[0]! % LETTERS.length]!;
  const [adjectives, animals] = WORDS[letter]!;
  return `${adjectives[h[1]! % adjectives.length]} ${animals[h[2]! % animals.length]}`;
}
