import { z } from 'zod';
import { USER_ROLES } from '../enums/domain-enums.ts';
import { emailSchema, enumSchema, fieldError, iso3Schema, textSchema } from './common-schemas.ts';

export const API_KEY_SCOPES = ['READ_PUBLIC'] as const;

/** Long passwords beat complex ones; argon2 makes each guess slow. */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 1000;
const NAME_MAX = 200;

export const passwordSchema = z
  .string({ error: fieldError('The password', 'The password must be text.') })
  .min(MIN_PASSWORD_LENGTH, { error: `The password must be at least ${MIN_PASSWORD_LENGTH} characters long.` })
  .max(MAX_PASSWORD_LENGTH, { error: `The password must be at most ${MAX_PASSWORD_LENGTH} characters long.` });

/** E-mail addresses identify users, so they are kept trimmed and in lower case. */
export const userEmailSchema = z
  .string({ error: fieldError('The e-mail address', 'The e-mail address must be text.') })
  .trim()
  .toLowerCase()
  .pipe(emailSchema);

const roleSchema = enumSchema(USER_ROLES, 'The role');

export const createUserInputSchema = z
  .object({
    email: userEmailSchema,
    name: textSchema({ label: 'The name', max: NAME_MAX }),
    role: roleSchema,
    stateIso3: iso3Schema.nullish(),
    password: passwordSchema,
  })
  .superRefine((user, ctx) => {
    if (user.role === 'STATE' && !user.stateIso3) {
      ctx.addIssue({
        code: 'custom',
        path: ['stateIso3'],
        message: 'A STATE user acts for one State: give its three-letter code.',
      });
    }
    if (user.role !== 'STATE' && user.stateIso3) {
      ctx.addIssue({
        code: 'custom',
        path: ['stateIso3'],
        message: `Only STATE users act for a State; leave the State out for ${user.role} users.`,
      });
    }
  });

export const updateUserInputSchema = z
  .object({
    name: textSchema({ label: 'The name', max: NAME_MAX }).optional(),
    role: roleSchema.optional(),
    /** null clears the State (only for users who are not, or stop being, STATE users). */
    stateIso3: iso3Schema.nullish(),
    active: z.boolean({ error: 'Active must be true or false.' }).optional(),
  })
  .refine((input) => Object.values(input).some((value) => value !== undefined), {
    error: 'Give at least one thing to change.',
  });

/** An API key's input; an expiry must lie after `now`. */
export function createApiKeyInputSchema(options: { now: Date }) {
  return z.object({
    name: textSchema({ label: 'The key name', max: NAME_MAX }),
    scopes: z
      .array(enumSchema(API_KEY_SCOPES, 'The scope'), { error: fieldError('The scopes', 'The scopes must be a list.') })
      .min(1, { error: `Give at least one scope, such as ${API_KEY_SCOPES[0]}.` })
      .transform((scopes) => [...new Set(scopes)]),
    expiresAt: z
      .date({ error: 'The expiry must be a date and time.' })
      .refine((expiresAt) => expiresAt.getTime() > options.now.getTime(), {
        error: 'The expiry must lie in the future.',
      })
      .nullish(),
  });
}
