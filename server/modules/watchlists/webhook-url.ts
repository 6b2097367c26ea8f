// What a webhook URL may be (pure): http or https, a host, no user name or password, at most 2,000 characters.
import { BadInputError } from '../../errors.js';

export const WEBHOOK_URL_MAX = 2000;

/** The URL as it will be posted to (normalised by WHATWG URL parsing); BAD_USER_INPUT otherwise. */
export function checkWebhookUrl(text: string): string {
  const trimmed = text.trim();
  const bad = (reason: string, message: string): never => {
    throw new BadInputError(message, { field: 'url', reason });
  };
  if (!trimmed) bad('EMPTY', 'url must not be empty; give null to remove the webhook.');
  if (trimmed.length > WEBHOOK_URL_MAX)
    bad('TOO_LONG', `url is too long (${trimmed.length} characters; at most ${WEBHOOK_URL_MAX}).`);
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return bad(
      'BAD_URL',
      `"${trimmed.slice(0, 80)}" is not a URL; give one like https://hooks.example/scamgraph.`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    bad('BAD_SCHEME', `A webhook URL must start with http:// or https:// (got ${url.protocol}).`);
  if (url.username || url.password)
    bad(
      'CREDENTIALS_IN_URL',
      'A webhook URL must not carry a user name or password; the signature header authenticates each post.',
    );
  if (!url.hostname) bad('BAD_URL', 'A webhook URL needs a host.');
  url.hash = '';
  return url.toString();
}

export const WEBHOOK_SECRET_MIN = 16;
export const WEBHOOK_SECRET_MAX = 256;

/** A signing secret: 16 to 256 characters, no surrounding spaces. */
export function checkWebhookSecret(text: string): string {
  if (text !== text.trim() || text.length < WEBHOOK_SECRET_MIN || text.length > WEBHOOK_SECRET_MAX)
    throw new BadInputError(
      `secret must have ${WEBHOOK_SECRET_MIN} to ${WEBHOOK_SECRET_MAX} characters without surrounding spaces.`,
      { field: 'secret', reason: 'BAD_SECRET' },
    );
  return text;
}
