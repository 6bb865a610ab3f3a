import { createHash, randomBytes } from 'node:crypto'

/** 'atl_' and 43 base64url characters (32 random bytes): matches SYNC_TOKEN_PATTERN. */
export function generateToken(): string {
  return `atl_${randomBytes(32).toString('base64url')}`
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex')
}
