import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { Profile } from './profile-schema.js';
import bukyoku from './builtin/bukyoku-mokuhyo.json' with { type: 'json' };
import soshiki from './builtin/soshiki-juten-mokuhyo.json' with { type: 'json' };
import bucho from './builtin/bucho-mokuhyo-kekka.json' with { type: 'json' };
import gyokaku from './builtin/gyokaku-kekka.json' with { type: 'json' };
import keiei from './builtin/keiei-kaikaku-shinchoku.json' with { type: 'json' };
import generic from './builtin/generic.json' with { type: 'json' };

export class ProfileError extends Error {}

/** Validate one profile; errors name the file and the path inside it. */
export function parseProfile(data: unknown, origin: string): Profile {
  const r = Profile.safeParse(data);
  if (r.success) return r.data;
  const issues = r.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n');
  throw new ProfileError(`invalid layout profile ${origin}:\n${issues}`);
}

let builtins: Profile[] | null = null;

/** Built-in profiles, validated once. They are imported as modules so they resolve from any cwd. */
export function builtinProfiles(): Profile[] {
  builtins ??= [
    parseProfile(bukyoku, 'builtin/bukyoku-mokuhyo.json'),
    parseProfile(soshiki, 'builtin/soshiki-juten-mokuhyo.json'),
    parseProfile(bucho, 'builtin/bucho-mokuhyo-kekka.json'),
    parseProfile(gyokaku, 'builtin/gyokaku-kekka.json'),
    parseProfile(keiei, 'builtin/keiei-kaikaku-shinchoku.json'),
    parseProfile(generic, 'builtin/generic.json'),
  ];
  return builtins;
}

export function genericProfile(): Profile {
  return builtinProfiles().find((p) => p.id === 'generic')!;
}

export function loadProfileFile(path: string): Profile {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new ProfileError(`cannot read layout profile ${path}: ${(e as Error).message}`);
  }
  return parseProfile(data, path);
}

export const ProfileList = z.array(Profile);
